/** A lexicon entry or file that cannot be loaded; names the entry, and the file and line when known. */
export class LexiconError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly entry: string | undefined;

  constructor(message: string, where: { readonly file?: string | undefined; readonly line?: number | undefined; readonly entry?: string | undefined } = {}) {
    const location = [where.file, where.line !== undefined ? `line ${where.line}` : undefined].filter(Boolean).join(':');
    const subject = where.entry !== undefined ? `entry ${where.entry}` : undefined;
    const prefix = [location, subject].filter(Boolean).join(', ');
    super(prefix ? `${prefix}: ${message}` : message);
    this.name = 'LexiconError';
    this.file = where.file;
    this.line = where.line;
    this.entry = where.entry;
  }
}
