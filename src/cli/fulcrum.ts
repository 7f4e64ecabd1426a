// The fulcrum command line: prints the validated data set and every score, so an analyst
// can reproduce each number of the dashboard outside the browser.
import { readFileSync, statSync } from 'node:fs';
import { runCli } from './run';

const result = runCli(process.argv.slice(2), {
  readFile: (path) => {
    const size = statSync(path).size;
    if (size > 1024 * 1024) throw new Error(`${size} bytes is larger than the 1 MB limit`);
    return readFileSync(path, 'utf8');
  },
});
if (result.stdout)
  process.stdout.write(result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`);
if (result.stderr)
  process.stderr.write(result.stderr.endsWith('\n') ? result.stderr : `${result.stderr}\n`);
process.exitCode = result.code;
