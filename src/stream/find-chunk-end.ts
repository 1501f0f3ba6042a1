/**
 * Characters per chunk of a long text (UTF-16 code units; about 250 KB of Arabic in UTF-8, some
 * 25,000 words): dozens of news articles, with the names they repeat, sit in one chunk, and what a
 * chunk's extraction and formatting allocate stays small. On 50 MB of text, 131,072 gave 156–186 MB
 * peak RSS across the formats, 262,144 up to 242 MB and 1,048,576 up to 524 MB (bench/README.md,
 * «Files of any size»).
 */
export const DEFAULT_CHUNK_SIZE = 1 << 17;

const NEWLINE = 0x0a;

/**
 * Where the chunk that starts at `start` ends: a cut at most `chunkSize` characters on, placed where
 * a name cannot be cut in two — after a blank line in the second half of that window, or else after
 * its last line break, or else after its last white space, or else (a single word longer than the
 * window) at the window's end, never between the two halves of a surrogate pair. The rule reads
 * nothing past the window, so a text read piece by piece is cut exactly where the whole text is.
 *
 * `canCut(position)` may refuse cut points (a formatter refuses those inside a known entity);
 * returns `text.length` when the rest fits.
 */
export function findChunkEnd(text: string, start: number, chunkSize: number, canCut: (position: number) => boolean = () => true): number {
  if (!Number.isSafeInteger(chunkSize) || chunkSize < 2) throw new RangeError(`chunkSize must be an integer of at least 2, got ${String(chunkSize)}`);
  const limit = start + chunkSize;
  if (text.length <= limit) return text.length;
  const half = start + (chunkSize >> 1);
  // 1. After a blank line (a paragraph break) in the second half of the window.
  for (let newline = text.lastIndexOf('\n', limit - 1); newline >= half; newline = text.lastIndexOf('\n', newline - 1)) {
    if (followsBlankLine(text, newline, start) && canCut(newline + 1)) return newline + 1;
  }
  // 2. After the last line break.
  for (let newline = text.lastIndexOf('\n', limit - 1); newline >= start; newline = text.lastIndexOf('\n', newline - 1)) {
    if (canCut(newline + 1)) return newline + 1;
  }
  // 3. After the last white space (a file without line breaks).
  for (let at = limit - 1; at >= start; at--) {
    if (isSpace(text.charCodeAt(at)) && canCut(at + 1)) return at + 1;
  }
  // 4. Inside an endless word.
  for (let cut = limit; cut > start; cut--) {
    const before = text.charCodeAt(cut - 1);
    if (!(before >= 0xd800 && before <= 0xdbff) && canCut(cut)) return cut;
  }
  return limit;
}

/** The line break at `newline` ends a line of white space only (the separator between two paragraphs). */
function followsBlankLine(text: string, newline: number, start: number): boolean {
  for (let at = newline - 1; at >= start; at--) {
    const code = text.charCodeAt(at);
    if (code === NEWLINE) return true;
    if (!isSpace(code)) return false;
  }
  return false;
}

/** White space as \s knows it, without a regular expression per character. */
function isSpace(code: number): boolean {
  return (
    code === 0x20 ||
    (code >= 0x09 && code <= 0x0d) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
