// The fulcrum command line: prints the validated data set and every score, so an analyst
// can reproduce each number of the dashboard outside the browser.
import { SCENARIO_FILE_MAX_BYTES } from '@/scenario/fileFormat';
import { readBoundedFile } from './readBoundedFile';
import { runCli } from './run';

const result = runCli(process.argv.slice(2), {
  // the dashboard's import limit: a file the app refuses, the command refuses too
  readFile: (path) => readBoundedFile(path, SCENARIO_FILE_MAX_BYTES),
});
if (result.stdout)
  process.stdout.write(result.stdout.endsWith('\n') ? result.stdout : `${result.stdout}\n`);
if (result.stderr)
  process.stderr.write(result.stderr.endsWith('\n') ? result.stderr : `${result.stderr}\n`);
process.exitCode = result.code;
