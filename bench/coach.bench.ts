/**
 * Coach benchmark: messages per second and median/p99 latency per text for short messages
 * (~80 chars) and long apologies (~1,500 chars), for the coach and for VADER (the peer) on
 * the same texts in the same run; and the coach's gzip size in a browser bundle.
 */
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { analyze } from '../src/coach/index.js';

interface Vader {
  SentimentIntensityAnalyzer: { polarity_scores: (text: string) => unknown };
}

/** Figures of one analyser on one set of texts. */
export interface Timing {
  readonly perSecond: number;
  readonly medianMs: number;
  readonly p99Ms: number;
}

/** The benchmark's report. */
export interface BenchReport {
  readonly short: {
    readonly coach: Timing;
    readonly vader: Timing;
    readonly texts: number;
    readonly avgChars: number;
  };
  readonly long: {
    readonly coach: Timing;
    readonly vader: Timing;
    readonly texts: number;
    readonly avgChars: number;
  };
  readonly bundle: { readonly bytes: number; readonly gzipBytes: number };
}

const SHORT = [
  'You never listen to me, and honestly I am tired of repeating myself every day.',
  "I'm sorry I was late again. That's on me, I'll leave earlier next time I promise.",
  'im sorry u feel that way but i was just joking around, it wasnt a big deal at all',
  'Can you pick up milk on the way home? Also the kids need new shoes this weekend.',
  'I feel lonely when you work late every night. Could we plan one evening together?',
  'Whatever. I’m done talking about this. You always turn it into a fight anyway 🙄',
  "You said 'you never help' but I did the dishes all week. I don't get what you want.",
  'Are we okay now? I said sorry like five times already, can we just move on please',
];

const LONG_PARTS = [
  "I'm so sorry I lied to you about where I was on Friday night.",
  'No one else is to blame for that, and I am not going to pretend it was a small thing.',
  'I know I hurt you, and I made you doubt your own instincts, which is a terrible thing to do.',
  'I should have answered honestly the moment you asked, instead of making something up.',
  "From now on, if you ask where I've been, you'll get a straight answer, even when it's awkward.",
  "I'll do the work to fix this, however long it takes, and I'll answer any question you have.",
  'You deserve a partner who tells you the truth, and I want to be that person again.',
  "I was stressed about work, but that's no excuse, and I won't use it as one.",
  'I hope that one day, in your own time, you might be able to forgive me.',
];

function longTexts(): string[] {
  const out: string[] = [];
  for (let k = 0; k < 8; k++) {
    let text = '';
    for (let i = 0; text.length < 1500; i++)
      text += `${LONG_PARTS[(i + k) % LONG_PARTS.length] ?? ''} `;
    out.push(text.slice(0, 1500));
  }
  return out;
}

function time(fn: (t: string) => unknown, texts: readonly string[], runs: number): Timing {
  for (let i = 0; i < 200; i++) fn(texts[i % texts.length] ?? '');
  const samples: number[] = [];
  const start = performance.now();
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn(texts[i % texts.length] ?? '');
    samples.push(performance.now() - t0);
  }
  const total = performance.now() - start;
  samples.sort((a, b) => a - b);
  return {
    perSecond: Math.round((runs / total) * 1000),
    medianMs: samples[Math.floor(samples.length / 2)] ?? 0,
    p99Ms: samples[Math.floor(samples.length * 0.99)] ?? 0,
  };
}

async function bundleSize(): Promise<{ bytes: number; gzipBytes: number }> {
  const entry = fileURLToPath(new URL('../src/coach/index.ts', import.meta.url)).replace(
    /[\\/]dist[\\/]/,
    '/',
  );
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    write: false,
    format: 'esm',
    platform: 'browser',
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { bytes: code.byteLength, gzipBytes: gzipSync(code, { level: 9 }).byteLength };
}

const avg = (texts: readonly string[]): number =>
  Math.round(texts.reduce((n, t) => n + t.length, 0) / texts.length);

/** Runs the coach benchmark against VADER and measures the bundle. */
export async function benchCoach(): Promise<BenchReport> {
  const require = createRequire(import.meta.url);
  const vader = require('vader-sentiment') as Vader;
  const vaderScore = (t: string): unknown => vader.SentimentIntensityAnalyzer.polarity_scores(t);
  const coach = (t: string): unknown => analyze(t, 'apology');
  const longs = longTexts();
  return {
    short: {
      coach: time(coach, SHORT, 20_000),
      vader: time(vaderScore, SHORT, 20_000),
      texts: SHORT.length,
      avgChars: avg(SHORT),
    },
    long: {
      coach: time(coach, longs, 2_000),
      vader: time(vaderScore, longs, 2_000),
      texts: longs.length,
      avgChars: avg(longs),
    },
    bundle: await bundleSize(),
  };
}

/** Formats the report for a person: raw figures and coach/VADER ratios. */
export function formatCoachReport(r: BenchReport): string {
  const row = (name: string, t: Timing): string =>
    `  ${name.padEnd(6)} ${String(t.perSecond).padStart(9)} /s   median ${t.medianMs.toFixed(4)} ms   p99 ${t.p99Ms.toFixed(4)} ms`;
  const ratio = (a: Timing, b: Timing): string => (a.perSecond / b.perSecond).toFixed(2);
  return [
    `coach vs VADER (vader-sentiment), same texts, same run`,
    `short messages (${r.short.texts} texts, ~${r.short.avgChars} chars)`,
    row('coach', r.short.coach),
    row('vader', r.short.vader),
    `  throughput ratio coach/vader: ${ratio(r.short.coach, r.short.vader)}`,
    `long apologies (${r.long.texts} texts, ~${r.long.avgChars} chars)`,
    row('coach', r.long.coach),
    row('vader', r.long.vader),
    `  throughput ratio coach/vader: ${ratio(r.long.coach, r.long.vader)}`,
    `coach browser bundle: ${(r.bundle.bytes / 1024).toFixed(1)} KB minified, ${(r.bundle.gzipBytes / 1024).toFixed(1)} KB gzip`,
  ].join('\n');
}
