/** The CLI's one error type: its message is what the reader sees, without a trace (src/cli.ts prints it). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
  }
}
