/**
 * `tin-gon` command line: clean | entities | learn.
 * Each command lives in src/cli/<name>.ts; this file only dispatches.
 */
import { CliError } from './cli/errors';

const USAGE = `Usage:
  tin-gon clean FILE [--url URL] [--format text|html|json]
  tin-gon entities FILE... [--url URL] [--json]
  tin-gon learn [--import FILE]   (same as npm run learn; --import merges a reader export first)
`;

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'clean':
        return await (await import('./cli/clean')).runClean(rest);
      case 'entities':
        return await (await import('./cli/entities')).runEntities(rest);
      case 'learn':
        return await (await import('./offline/learn-file')).runLearn(rest);
      case undefined:
      case '-h':
      case '--help':
        process.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(`tin-gon: unknown command "${command}"\n${USAGE}`);
    }
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(error.message.endsWith('\n') ? error.message : `${error.message}\n`);
      return error.exitCode;
    }
    // Never a stack trace for the reader: one line saying what went wrong (TIN_GON_DEBUG=1 shows the trace).
    const why = error instanceof Error ? error.message : String(error);
    process.stderr.write(`tin-gon ${command}: failed: ${why}\n`);
    if (process.env.TIN_GON_DEBUG === '1' && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return 1;
  }
}
