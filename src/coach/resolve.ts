/**
 * Resolves raw rule matches into findings: phrases that carry two codes, findings that cancel
 * others (a conditional "sorry" is not remorse), excuses disowned by the writer, and the
 * "but…" tail of an apology.
 */
import type { Code } from './types.js';
import type { Context } from './context.js';
import { sentenceAt } from './context.js';
import { rangeIndexAt } from './sentences.js';

/** A match that survived its rule's checks. */
export interface RawFinding {
  code: Code;
  start: number;
  end: number;
  reason?: string;
  /** Set when the span is an apology's "but…" tail, to be suggested away. */
  tail?: boolean;
}

// "That isn't an excuse", "there's no excuse": the writer disowns the reason they give.
const DISCLAIMER =
  /\b(?:not an excuse|isn't an excuse|is not an excuse|no excuse|not excuses|doesn't excuse|does not excuse|no amount of)\b/;
// An admission before a "but": "I'm sorry I yelled, but…", "I cheated. But…".
const ADMISSION =
  /\b(?:sorry|apologi[sz]e|i (?:[a-z]+ed|did|took|hid|lied|slept|went|said|made|broke|forgot|cheated|yelled|kissed|kept|told|spent|lost))\b/;

/** Turns surviving matches into the final list of findings, sorted by position. */
export function resolveFindings(ctx: Context, raw: readonly RawFinding[]): RawFinding[] {
  let list = dedupe(raw);
  list = dedupe(list.concat(derived(ctx, list, new FindingIndex(ctx, list))));
  list = cancel(ctx, list, new FindingIndex(ctx, list));
  for (const f of list) if (f.code === 'justification') markTail(ctx, f, list);
  return dedupe(list).sort((a, b) => a.start - b.start || a.end - b.end);
}

/** A code that another always brings: a "you always…" complaint accuses. */
export const IMPLIES: Readonly<Partial<Record<Code, Code>>> = { absolute: 'you_accusation' };

// Findings implied by others: a "you always" complaint is also a you-accusation; a you-
// accusation right after "I'm sorry…, but" shifts the blame.
function derived(ctx: Context, list: readonly RawFinding[], index: FindingIndex): RawFinding[] {
  const out: RawFinding[] = [];
  for (const f of list) {
    const implied = IMPLIES[f.code];
    if (implied !== undefined && !index.overlaps(implied, f.start, f.end)) {
      out.push({ code: implied, start: f.start, end: f.end });
    }
    if (f.code === 'you_accusation' && followsAdmissionBut(ctx, f.start)) {
      out.push({ code: 'blame_shift', start: f.start, end: f.end });
    }
  }
  return out;
}

function followsAdmissionBut(ctx: Context, pos: number): boolean {
  const i = rangeIndexAt(ctx.sentences, pos);
  const s = ctx.sentences[i];
  if (s === undefined) return false;
  const head = ctx.norm.slice(s.start, pos);
  const but = head.lastIndexOf('but ');
  if (but >= 0 && head.slice(0, but).trim() !== '') return ADMISSION.test(head.slice(0, but));
  if (/^\s*but\b/.test(head)) {
    const prev = ctx.sentences[i - 1];
    return prev !== undefined && ADMISSION.test(ctx.norm.slice(prev.start, prev.end));
  }
  return false;
}

// Cancellations: one reading of a phrase excludes another.
function cancel(ctx: Context, list: readonly RawFinding[], index: FindingIndex): RawFinding[] {
  return list.filter((f) => {
    switch (f.code) {
      case 'remorse':
        // "I'm sorry if you were upset" is not remorse.
        return !index.overlaps('conditional_apology', f.start, f.end);
      case 'acknowledges_hurt':
        // Nor does it name the hurt; and "I'll make you feel what I felt" is revenge.
        return (
          !index.overlaps('conditional_apology', f.start, f.end) &&
          !index.overlaps('revenge', f.start, f.end)
        );
      case 'responsibility':
        // "My bad if I stepped on your toes" hedges: the condition wins over the ownership.
        // "Oh so now it's all my fault?" throws the blame back: defensive, not owning.
        return (
          !index.overlaps('conditional_apology', f.start, f.end) &&
          !index.overlaps('defensiveness', f.start, f.end)
        );
      case 'criticism':
        // "You're being dramatic" next to "it's not that serious" dismisses the hurt: one finding.
        return !index.overlaps('denial_of_hurt', f.start, f.end);
      case 'future_commitment':
      case 'repair_offer':
        // "If you tell anyone, I'll make sure you lose custody": a promise inside a threat.
        return !index.inSentence(f.start, THREATS);
      case 'i_statement':
        // A feeling given as an excuse or a plea for pity is not an I-statement.
        return !index.inSentence(f.start, WEAKENS_I_STATEMENT) && !index.overlapsOther(f);
      case 'forgiveness_request':
        return !index.inSentence(f.start, PRESSURE);
      case 'justification':
        return !disowned(ctx, f.start);
      case 'blame_shift':
        // "There's no version of this where it's your fault" owns the act: that reading wins.
        return !index.overlaps('responsibility', f.start, f.end);
      default:
        return true;
    }
  });
}

const PRESSURE = new Set<Code>(['forgiveness_pressure']);
const THREATS = new Set<Code>(['safety_risk', 'revenge']);
const WEAKENS_I_STATEMENT = new Set<Code>([
  'justification',
  'pity_plea',
  'condescending_pity',
  'remorse',
  'safety_risk',
]);

// "I was afraid you'd leave. That isn't an excuse": an excuse the writer disowns, in the same
// sentence or the next one, is not a justification.
function disowned(ctx: Context, pos: number): boolean {
  const i = rangeIndexAt(ctx.sentences, pos);
  for (const s of [ctx.sentences[i], ctx.sentences[i + 1]]) {
    if (s !== undefined && DISCLAIMER.test(ctx.norm.slice(s.start, s.end))) return true;
  }
  return false;
}

// An excuse after "I'm sorry…, but": the span grows to the whole tail, which can be dropped.
function markTail(ctx: Context, f: RawFinding, list: readonly RawFinding[]): void {
  const s = sentenceAt(ctx, f.start);
  const head = ctx.norm.slice(s.start, f.start);
  const spaced = head.lastIndexOf(' but ');
  const but = spaced > 0 && head.charAt(spaced - 1) === ',' ? spaced - 1 : spaced;
  if (but < 0) return;
  const butAt = s.start + but;
  const apologised = list.some(
    (o) =>
      (o.code === 'remorse' || o.code === 'conditional_apology' || o.code === 'should_have') &&
      o.start >= s.start &&
      o.end <= butAt + 1,
  );
  if (!apologised) return;
  let end = s.end;
  while (end > f.end && /[\s.!?]/.test(ctx.norm.charAt(end - 1))) end--;
  f.start = butAt;
  f.end = Math.max(end, f.end);
  f.tail = true;
}

/**
 * Findings by code (sorted, non-overlapping within a code after dedupe) and by sentence, so
 * that a text with thousands of findings is still resolved in n log n, not n².
 */
class FindingIndex {
  private readonly byCode = new Map<Code, RawFinding[]>();
  private readonly bySentence = new Map<number, Set<Code>>();
  private readonly all: readonly RawFinding[];

  constructor(
    private readonly ctx: Context,
    list: readonly RawFinding[],
  ) {
    this.all = [...list].sort((a, b) => a.start - b.start);
    for (const f of this.all) {
      const codeList = this.byCode.get(f.code);
      if (codeList === undefined) this.byCode.set(f.code, [f]);
      else codeList.push(f);
      const i = rangeIndexAt(ctx.sentences, f.start);
      const codes = this.bySentence.get(i);
      if (codes === undefined) this.bySentence.set(i, new Set([f.code]));
      else codes.add(f.code);
    }
  }

  /** True when a finding of `code` overlaps [start, end). */
  overlaps(code: Code, start: number, end: number): boolean {
    const list = this.byCode.get(code);
    if (list === undefined) return false;
    const i = lastStartingBefore(list, end);
    for (let j = i; j >= 0 && j > i - 8; j--) {
      const f = list[j];
      if (f !== undefined && f.end > start) return true;
    }
    return false;
  }

  /** True when a finding of another code overlaps `f`. */
  overlapsOther(f: RawFinding): boolean {
    const i = lastStartingBefore(this.all, f.end);
    for (let j = i; j >= 0 && j > i - 32; j--) {
      const o = this.all[j];
      if (o !== undefined && o.code !== f.code && o.end > f.start) return true;
    }
    return false;
  }

  /** True when the sentence at `pos` has a finding of one of `codes`. */
  inSentence(pos: number, codes: ReadonlySet<Code>): boolean {
    const found = this.bySentence.get(rangeIndexAt(this.ctx.sentences, pos));
    if (found === undefined) return false;
    for (const c of codes) if (found.has(c)) return true;
    return false;
  }
}

// Index of the last finding (sorted by start) that starts before `pos`, or -1.
function lastStartingBefore(list: readonly RawFinding[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const f = list[mid];
    if (f !== undefined && f.start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

// Keeps one finding per code where matches overlap: the longest.
function dedupe(list: readonly RawFinding[]): RawFinding[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: RawFinding[] = [];
  const last = new Map<Code, RawFinding>();
  for (const f of sorted) {
    const clash = last.get(f.code);
    if (clash === undefined || clash.end <= f.start) {
      const copy = { ...f };
      out.push(copy);
      last.set(f.code, copy);
    } else if (f.end - f.start > clash.end - clash.start) {
      Object.assign(clash, f);
    }
  }
  return out;
}
