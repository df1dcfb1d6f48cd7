/**
 * `npm run coach:eval [FILE...]`: measures the coach on labelled examples (JSON lines of
 * `{"id","kind","text","codes"}`): per-code precision, recall, F1 and support, micro and
 * macro F1, and the list of misses. Defaults to ../shared/coach/dev.jsonl.
 */
import { resolve } from 'node:path';
import { analyze, CODES } from '../src/coach/index.js';
import type { Code } from '../src/coach/index.js';
import { prf, readExamples } from './labelled.js';
import type { Tally } from './labelled.js';

const fmt = (n: number): string => n.toFixed(3);

/** Evaluates one file and prints its report; returns the micro F1. */
function evaluate(file: string): number {
  const examples = readExamples(file);
  const tally = new Map<Code, Tally>(CODES.map((c) => [c, { tp: 0, fp: 0, fn: 0 }]));
  const misses: string[] = [];
  for (const ex of examples) {
    const got = new Set(analyze(ex.text, ex.kind).findings.map((f) => f.code));
    const want = new Set(ex.codes);
    const extra: string[] = [];
    const missing: string[] = [];
    for (const c of CODES) {
      const t = tally.get(c);
      if (t === undefined) continue;
      if (got.has(c) && want.has(c)) t.tp++;
      else if (got.has(c)) {
        t.fp++;
        extra.push(c);
      } else if (want.has(c)) {
        t.fn++;
        missing.push(c);
      }
    }
    if (extra.length > 0 || missing.length > 0) {
      misses.push(
        `${ex.id}  expected [${[...want].sort().join(', ')}]  got [${[...got].sort().join(', ')}]` +
          (missing.length > 0 ? `  missing: ${missing.join(', ')}` : '') +
          `${extra.length > 0 ? `  extra: ${extra.join(', ')}` : ''}\n    ${ex.text}`,
      );
    }
  }
  console.log(`\n${file}  (${examples.length} examples)\n`);
  console.log('code                    precision  recall     F1  support');
  const all: Tally = { tp: 0, fp: 0, fn: 0 };
  let macro = 0;
  let counted = 0;
  for (const c of CODES) {
    const t = tally.get(c);
    if (t === undefined) continue;
    all.tp += t.tp;
    all.fp += t.fp;
    all.fn += t.fn;
    const support = t.tp + t.fn;
    const s = prf(t);
    if (support > 0 || t.fp > 0) {
      macro += s.f;
      counted++;
    }
    console.log(
      `${c.padEnd(24)}${fmt(s.p).padStart(9)}${fmt(s.r).padStart(8)}${fmt(s.f).padStart(7)}${String(support).padStart(9)}`,
    );
  }
  const micro = prf(all);
  console.log(
    `\nmicro  P ${fmt(micro.p)}  R ${fmt(micro.r)}  F1 ${fmt(micro.f)}   macro F1 ${fmt(counted === 0 ? 0 : macro / counted)}`,
  );
  console.log(`\nmisses (${misses.length}):`);
  for (const m of misses) console.log(`  ${m}`);
  return micro.f;
}

const files = process.argv.slice(2);
const targets =
  files.length > 0 ? files : [resolve(process.cwd(), '..', 'shared', 'coach', 'dev.jsonl')];
for (const file of targets) evaluate(resolve(process.cwd(), file));
