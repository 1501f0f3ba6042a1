/** A malformed CoNLL line: names the file (or label) and the 1-based line so the input can be fixed. */
export class ConllError extends Error {
  override readonly name = 'ConllError';

  constructor(
    readonly source: string,
    readonly line: number,
    readonly reason: string,
  ) {
    super(`${source}:${line}: ${reason}`);
  }
}
