/** Runs the benchmarks and prints their reports (`npm run bench`, or `npx tsx bench/run.ts`). */
import { benchCoach, formatCoachReport } from './coach.bench.js';

console.log(formatCoachReport(await benchCoach()));
