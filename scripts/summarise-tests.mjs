// Adds up the vitest and Playwright JSON reports into one closing line: "N passed, N failed".
import { existsSync, readFileSync, writeFileSync } from 'node:fs';

const [vitestPath, playwrightPath] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
let missing = false;

if (vitestPath && existsSync(vitestPath)) {
  const v = JSON.parse(readFileSync(vitestPath, 'utf8'));
  passed += v.numPassedTests ?? 0;
  failed += (v.numFailedTests ?? 0) + (v.numFailedTestSuites ?? 0);
  skipped += (v.numPendingTests ?? 0) + (v.numTodoTests ?? 0);
  console.log(
    `vitest: ${v.numPassedTests} passed, ${v.numFailedTests} failed, ${v.numFailedTestSuites ?? 0} failed files`,
  );
} else {
  console.log('vitest: no report');
  missing = true;
}

if (playwrightPath && existsSync(playwrightPath)) {
  const p = JSON.parse(readFileSync(playwrightPath, 'utf8'));
  const s = p.stats ?? {};
  passed += (s.expected ?? 0) + (s.flaky ?? 0);
  failed += s.unexpected ?? 0;
  skipped += s.skipped ?? 0;
  if ((p.errors ?? []).length > 0) failed += p.errors.length;
  console.log(
    `playwright: ${(s.expected ?? 0) + (s.flaky ?? 0)} passed (${s.flaky ?? 0} flaky), ${s.unexpected ?? 0} failed`,
  );
} else {
  console.log('playwright: no report');
  missing = true;
}

if (missing) failed += 1;
const summary = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
writeFileSync('reports/summary.txt', `${summary}\n`);
console.log(summary);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
