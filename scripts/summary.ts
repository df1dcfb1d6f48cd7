// Prints Vitest's JSON report as one plain closing line: "N passed, N failed, N skipped".
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const Report = z.object({
  numTotalTests: z.number(),
  numPassedTests: z.number(),
  numFailedTests: z.number(),
  numPendingTests: z.number(),
  numTodoTests: z.number(),
});

const file = process.argv[2] ?? '';
let report: z.infer<typeof Report>;
try {
  report = Report.parse(JSON.parse(readFileSync(file, 'utf8')));
} catch {
  console.log('0 passed, 1 failed');
  console.error(`No readable test report at "${file}": the test run did not finish.`);
  process.exit(1);
}
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed, ${skipped} skipped`);
process.exit(report.numFailedTests > 0 || report.numTotalTests === 0 ? 1 : 0);
