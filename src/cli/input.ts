// What every command reads from its arguments and files, one way: a flag given at most once,
// a file's text or the "cannot read" failure, and a user's string made safe to print.
import type { CliIo, CliResult } from './run';

/**
 * A string from the user (a scenario's name, a file's path) as the text output may print it:
 * each control character (ESC, newline, tab…: Unicode's Cc) replaced by U+FFFD, so a name
 * can neither send terminal escapes nor break a line.
 */
export const printable = (text: string): string => text.replace(/\p{Cc}/gu, '\uFFFD');

/** The one value of a flag (undefined when absent), or the error of a flag given twice. */
export function singleFlag(flags: Map<string, string[]>, name: string): string | undefined | Error {
  const values = flags.get(name);
  if (values && values.length > 1) return new Error(`--${name} given more than once`);
  return values?.[0];
}

/** The text of the file at `path` (at most `maxBytes`), or the failure saying why it cannot be read. */
export function readInput(io: CliIo, path: string, maxBytes: number): string | CliResult {
  try {
    return io.readFile(path, maxBytes);
  } catch (error) {
    return {
      code: 1,
      stdout: '',
      stderr: `fulcrum: cannot read ${printable(path)}: ${(error as Error).message}`,
    };
  }
}
