// The fulcrum command line: prints the validated data set and every score, so an analyst
// can reproduce each number of the dashboard outside the browser.
import { readBoundedFile } from './readBoundedFile';
import { runCli } from './run';

const result = runCli(process.argv.slice(2), {
  // each file at its door's limit (a scenario's, a data set's): a file the app refuses, the
  // command refuses too, before reading more of it than the limit
  readFile: readBoundedFile,
});
if (result.stdout)
  process.stdout.write(result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`);
if (result.stderr)
  process.stderr.write(result.stderr.endsWith('\n') ? result.stderr : `${result.stderr}\n`);
process.exitCode = result.code;
