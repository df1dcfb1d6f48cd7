/**
 * Labelled coach texts (JSON lines of `{"id","kind","text","codes"}`) and their scoring tallies,
 * shared by `coach:eval` and `coach:train`.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { CODES, TEXT_KINDS } from '../src/coach/index.js';

export const Example = z.object({
  id: z.string(),
  kind: z.enum(TEXT_KINDS),
  text: z.string(),
  codes: z.array(z.enum(CODES)),
});
export type Example = z.infer<typeof Example>;

/** Reads one labelled JSONL file; a bad line stops the run with its file and line number. */
export function readExamples(file: string): Example[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, i) => {
      const parsed = Example.safeParse(JSON.parse(line));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.message}`);
      return parsed.data;
    });
}

/** True and false positives and false negatives of one code. */
export interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

/** Precision, recall and F1 of a tally (precision and recall are 1 when nothing was due). */
export function prf(t: Tally): { p: number; r: number; f: number } {
  const p = t.tp + t.fp === 0 ? 1 : t.tp / (t.tp + t.fp);
  const r = t.tp + t.fn === 0 ? 1 : t.tp / (t.tp + t.fn);
  return { p, r, f: p + r === 0 ? 0 : (2 * p * r) / (p + r) };
}
