/** A mistake in the command line (unknown option, bad value): reported with the command's usage, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}
