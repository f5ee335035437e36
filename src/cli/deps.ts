/** What every command group gets: where to write. Errors go to stderr, one line each, exit code 2. */
export interface CliDeps {
  out(text: string): void;
  err(text: string): void;
}

export const processDeps: CliDeps = {
  out: (text) => process.stdout.write(text.endsWith('\n') ? text : `${text}\n`),
  err: (text) => process.stderr.write(text.endsWith('\n') ? text : `${text}\n`),
};

/** Reports bad input (one line per error) and sets exit code 2. */
export function fail(deps: CliDeps, lines: readonly string[]): void {
  for (const line of lines) deps.err(line);
  process.exitCode = 2;
}
