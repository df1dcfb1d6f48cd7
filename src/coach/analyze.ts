/**
 * `analyze()`: runs every rule over one text and returns its findings, the apology checklist
 * and a score. Pure and synchronous, so the browser can run it on every keystroke.
 */
import type { Analysis, Code, Finding, TextKind } from './types.js';
import type { RawFinding } from './resolve.js';
import { buildContext, isCited, isNegated } from './context.js';
import { normalizeText } from './normalize.js';
import type { Context } from './context.js';
import type { Rule } from './rules/index.js';
import { compileGated } from './pattern.js';
import { TextTriggers } from './triggers.js';
import { ALL_RULES } from './rules/index.js';
import { IMPLIES, resolveFindings } from './resolve.js';
import { REASON, SEVERITY } from './reasons.js';
import { suggestionFor } from './suggest.js';
import { apologyChecklist } from './checklist.js';
import { scoreOf } from './score.js';
import { LOOKALIKES } from './lexicons/lookalikes.js';
import type { LearnedModel, Veto } from './learned/reader.js';
import { learnedFindings, shippedModel } from './learned/reader.js';

// Every rule's patterns are compiled once, when the module loads, with their trigger words.
const COMPILED = ALL_RULES.map((rule) => ({ rule, pattern: compileGated(rule.patterns) }));

// Leading spaces and commas of a match are not part of the phrase.
const LEADING = /^[\s,]+/;

/** Internal options of `analyzeWith` (for tests and benchmarks; the app uses `analyze`). */
export interface AnalyzeOptions {
  /**
   * Skip the patterns whose trigger words the text lacks (default true). Turning it off must
   * never change a result: the tests compare both ways.
   */
  readonly prefilter?: boolean;
  /**
   * The learned reader that adds the codes the rules missed: the shipped one by default, another
   * (for cross-validation), or `null` for the rules alone.
   */
  readonly learned?: LearnedModel | null;
  /** Run the hand-written rules (default true; off only to measure the reader alone). */
  readonly rules?: boolean;
}

/** Finds the phrases of `text` that weaken or strengthen it, for a text of the given kind. */
export function analyze(text: string, kind: TextKind): Analysis {
  return analyzeWith(text, kind, {});
}

/** `analyze` with internal options. Not part of the public API of the coach. */
export function analyzeWith(text: string, kind: TextKind, options: AnalyzeOptions): Analysis {
  const norm = normalizeText(text);
  const triggers = options.prefilter === false ? undefined : new TextTriggers(norm);
  const ctx = buildContext(text, norm, kind, triggers);
  const raw: RawFinding[] = [];
  const vetoes: Veto[] = [];
  for (const { rule, pattern } of options.rules === false ? [] : COMPILED) {
    const re = pattern.regexFor(triggers);
    if (re === undefined) continue;
    for (let m = re.exec(ctx.norm); m !== null; m = re.exec(ctx.norm)) {
      const finding = judge(ctx, rule, m.index, m[0]);
      if (finding === undefined) vetoes.push(...vetoesOf(rule.code, m.index));
      else raw.push(finding);
    }
  }
  const model = options.learned === undefined ? shippedModel() : options.learned;
  if (model !== null) {
    vetoes.push(...lookalikeVetoes(ctx));
    const found = new Set(raw.map((f) => f.code));
    // The reader only adds the codes the rules did not find.
    raw.push(...learnedFindings(ctx, model, vetoes, found));
  }
  const findings = resolveFindings(ctx, raw).map((f) => toFinding(text, f));
  const codes = new Set<Code>(findings.map((f) => f.code));
  const score = scoreOf(kind, codes, text.trim().length === 0);
  return kind === 'apology'
    ? { kind, findings, checklist: apologyChecklist(codes), score }
    : { kind, findings, score };
}

// Sentences holding a look-alike ("one of the worst days", "thank you for the flowers") are
// closed to the codes it only seems to carry.
function lookalikeVetoes(ctx: Context): Veto[] {
  const out: Veto[] = [];
  for (const s of ctx.sentences) {
    const text = ctx.norm.slice(s.start, s.end);
    for (const { pattern, codes, unless } of LOOKALIKES) {
      if (!pattern.test(text) || (unless?.test(text) ?? false)) continue;
      for (const code of codes) out.push({ code, at: s.start, end: s.end });
    }
  }
  return out;
}

// A rule that turns a phrase down turns down what it implies too: "you always look great" is
// neither an absolute nor, therefore, an accusation.
function vetoesOf(code: Code, at: number): Veto[] {
  const implied = IMPLIES[code];
  return implied === undefined
    ? [{ code, at }]
    : [
        { code, at },
        { code: implied, at },
      ];
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
