/**
 * Pure helpers behind the coached textarea: cutting a text into highlighted segments, keeping
 * findings in place while the analysis catches up with typing, and applying a suggestion.
 * No React and no DOM, so they are unit-tested on their own.
 */
import type { Code, Finding, Severity } from '../../coach/index.js';

/** One run of text with the same findings over it; `severity` is null where nothing is found. */
export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly severity: Severity | null;
  readonly codes: readonly Code[];
}

// When spans overlap, the colour that should catch the eye first wins: danger over warn over
// info over good, so a good sign never hides a warning inside it.
const STRENGTH: Readonly<Record<Severity, number>> = { good: 1, info: 2, warn: 3, danger: 4 };

/** The stronger of two severities (null counts as none). */
export function strongest(a: Severity | null, b: Severity): Severity {
  return a === null || STRENGTH[b] > STRENGTH[a] ? b : a;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** Moves an offset off the middle of a surrogate pair, so an emoji is never cut in two. */
function snap(text: string, offset: number, direction: -1 | 1): number {
  const at = Math.max(0, Math.min(text.length, Math.trunc(offset)));
  if (at > 0 && at < text.length) {
    if (isHighSurrogate(text.charCodeAt(at - 1)) && isLowSurrogate(text.charCodeAt(at))) {
      return at + (direction === 1 ? 1 : -1);
    }
  }
  return at;
}

/** A finding's span, clamped to the text and widened to whole characters; null if empty. */
function spanOf(text: string, finding: Finding): { start: number; end: number } | null {
  const start = snap(text, finding.start, -1);
  const end = snap(text, finding.end, 1);
  return end > start ? { start, end } : null;
}

/**
 * Cuts `text` into segments that together cover it exactly, in order. Wherever findings overlap
 * the segment carries all their codes and the strongest severity; plain runs have none.
 */
export function splitSegments(text: string, findings: readonly Finding[]): Segment[] {
  if (text === '') return [];
  const spans = findings.flatMap((finding) => {
    const span = spanOf(text, finding);
    return span === null ? [] : [{ ...span, finding }];
  });
  const cuts = new Set<number>([0, text.length]);
  for (const span of spans) {
    cuts.add(span.start);
    cuts.add(span.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i += 1) {
    const start = points[i] ?? 0;
    const end = points[i + 1] ?? text.length;
    let severity: Severity | null = null;
    const codes: Code[] = [];
    for (const span of spans) {
      if (span.start <= start && span.end >= end) {
        severity = strongest(severity, span.finding.severity);
        if (!codes.includes(span.finding.code)) codes.push(span.finding.code);
      }
    }
    segments.push({ start, end, text: text.slice(start, end), severity, codes });
  }
  return segments;
}

/**
 * Findings of an older version of the text, moved onto the current one. The analysis is
 * deferred while someone types, so for a moment it describes the text of a keystroke ago;
 * spans wholly before or after the edit still point at the same words, the others are dropped.
 */
export function rebaseFindings(
  findings: readonly Finding[],
  from: string,
  to: string,
): readonly Finding[] {
  if (from === to) return findings;
  let prefix = 0;
  const shorter = Math.min(from.length, to.length);
  while (prefix < shorter && from.charCodeAt(prefix) === to.charCodeAt(prefix)) prefix += 1;
  let suffix = 0;
  while (
    suffix < shorter - prefix &&
    from.charCodeAt(from.length - 1 - suffix) === to.charCodeAt(to.length - 1 - suffix)
  ) {
    suffix += 1;
  }
  const delta = to.length - from.length;
  const editEnd = from.length - suffix;
  return findings.flatMap((finding) => {
    if (finding.end <= prefix) return [finding];
    if (finding.start >= editEnd) {
      return [{ ...finding, start: finding.start + delta, end: finding.end + delta }];
    }
    return [];
  });
}

/**
 * The text with a finding's suggestion in place of its span, and where the caret should go
 * (just after the new words). Removing a part also removes the doubled space it leaves behind.
 */
export function applySuggestion(
  text: string,
  finding: Finding,
  suggestion: string,
): { text: string; caret: number } {
  const span = spanOf(text, finding) ?? { start: finding.start, end: finding.start };
  let before = text.slice(0, span.start);
  const after = text.slice(span.end);
  if (suggestion === '' && /\s$/.test(before) && /^[\s.,;:!?]/.test(after)) {
    before = before.replace(/\s+$/, '');
  }
  return { text: before + suggestion + after, caret: before.length + suggestion.length };
}

/** A phrase short enough to quote in the side list, cut on a whole character. */
export function quote(phrase: string, max = 80): string {
  const trimmed = phrase.trim();
  if (trimmed.length <= max) return trimmed;
  return `${trimmed.slice(0, snap(trimmed, max - 1, -1)).trimEnd()}…`;
}
