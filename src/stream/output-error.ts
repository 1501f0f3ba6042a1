/**
 * Writing the output failed (a full disk, an I/O error, a closed file descriptor): the result is
 * incomplete, and the fault is the output's, not the input's. The message names what happened in
 * words — «cannot write output: no space left on device» — and `code` keeps the system's code
 * (`ENOSPC`) for programs.
 */
export class OutputError extends Error {
  readonly code: string | undefined;

  constructor(cause: unknown) {
    super(`cannot write output: ${describeCause(cause)}`, { cause });
    this.name = 'OutputError';
    this.code = (cause as NodeJS.ErrnoException | undefined)?.code;
  }
}

/** `ENOSPC: no space left on device, write` → `no space left on device`. */
function describeCause(cause: unknown): string {
  if (!(cause instanceof Error)) return String(cause);
  const system = /^[A-Z][A-Z0-9_]+: (.+?)(?:, \w+)?$/.exec(cause.message);
  return system?.[1] ?? cause.message;
}
