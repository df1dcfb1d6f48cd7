/**
 * `analyze()`: runs every rule over one text and returns its findings, the apology checklist
 * and a score. Pure and synchronous, so the browser can run it on every keystroke.
 */
import type { Analysis, Code, Finding, TextKind } from './types.js';
import type { RawFinding } from './resolve.js';
import { buildContext, isCited, isNegated } from './context.js';
import type { Context } from './context.js';
import type { Rule } from './rules/index.js';
import { compilePatterns } from './pattern.js';
import { ALL_RULES } from './rules/index.js';
import { resolveFindings } from './resolve.js';
import { REASON, SEVERITY } from './reasons.js';
import { suggestionFor } from './suggest.js';
import { apologyChecklist } from './checklist.js';
import { scoreOf } from './score.js';

// Every rule's patterns are compiled once, when the module loads.
const COMPILED = ALL_RULES.map((rule) => ({ rule, re: compilePatterns(rule.patterns) }));

// Leading spaces and commas of a match are not part of the phrase.
const LEADING = /^[\s,]+/;

/** Finds the phrases of `text` that weaken or strengthen it, for a text of the given kind. */
export function analyze(text: string, kind: TextKind): Analysis {
  const ctx = buildContext(text, kind);
  const raw: RawFinding[] = [];
  for (const { rule, re } of COMPILED) {
    re.lastIndex = 0;
    for (let m = re.exec(ctx.norm); m !== null; m = re.exec(ctx.norm)) {
      const finding = judge(ctx, rule, m.index, m[0]);
      if (finding !== undefined) raw.push(finding);
    }
  }
  const findings = resolveFindings(ctx, raw).map((f) => toFinding(text, f));
  const codes = new Set<Code>(findings.map((f) => f.code));
  const score = scoreOf(kind, codes, text.trim().length === 0);
  return kind === 'apology'
    ? { kind, findings, checklist: apologyChecklist(codes), score }
    : { kind, findings, score };
}

// Applies a rule's contextual checks to one match; undefined when the match does not count.
function judge(ctx: Context, rule: Rule, at: number, phrase: string): RawFinding | undefined {
  const lead = LEADING.exec(phrase);
  let span = { start: at + (lead === null ? 0 : lead[0].length), end: at + phrase.length };
  if (span.end <= span.start) return undefined;
  if (rule.cited !== true && isCited(ctx, span.start)) return undefined;
  if (rule.negatable !== false && isNegated(ctx, span.start)) return undefined;
  if (rule.accept !== undefined && !rule.accept(ctx, span)) return undefined;
  if (rule.extend !== undefined) span = rule.extend(ctx, span);
  return rule.reason === undefined
    ? { code: rule.code, ...span }
    : { code: rule.code, ...span, reason: rule.reason };
}

function toFinding(text: string, f: RawFinding): Finding {
  const reason =
    f.tail === true
      ? 'Without this "but…" part your apology stands on its own; the reason can wait for later.'
      : (f.reason ?? REASON[f.code]);
  const suggestion = f.tail === true ? '' : suggestionFor(f.code, text.slice(f.start, f.end));
  const base = { code: f.code, start: f.start, end: f.end, severity: SEVERITY[f.code], reason };
  return suggestion === undefined ? base : { ...base, suggestion };
}
