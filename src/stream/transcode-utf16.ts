import { TextDecoder } from 'node:util';
import { sniffUtf16 } from './create-text-decoder';

/**
 * Passes a byte stream through, unless it opens with a UTF-16 byte order mark (a JSONL file saved by
 * PowerShell or Notepad as «Unicode»): then it is decoded and given on as UTF-8 without the mark, so
 * the line splitting and JSON parsing that follow see what a UTF-8 file would have given them.
 */
export async function* transcodeUtf16(source: AsyncIterable<Uint8Array | string>): AsyncGenerator<Uint8Array | string> {
  const iterator = source[Symbol.asyncIterator]();
  let finished = false;
  try {
    // The first two bytes tell; strings are text already.
    let head: Uint8Array | string = new Uint8Array(0);
    while (typeof head !== 'string' && head.length < 2) {
      const next = await iterator.next();
      if (next.done === true) {
        finished = true;
        break;
      }
      head = typeof next.value === 'string' ? (head.length === 0 ? next.value : Buffer.concat([head, Buffer.from(next.value, 'utf8')])) : Buffer.concat([head, next.value]);
    }
    const encoding = typeof head === 'string' ? undefined : sniffUtf16(head);
    const decoder = encoding === undefined ? undefined : new TextDecoder(encoding);
    const pass = (piece: Uint8Array | string): Uint8Array | string =>
      decoder === undefined ? piece : Buffer.from(decoder.decode(typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece, { stream: true }), 'utf8');
    if (head.length > 0) yield pass(head);
    while (!finished) {
      const next = await iterator.next();
      if (next.done === true) {
        finished = true;
        break;
      }
      yield pass(next.value);
    }
    const rest = decoder?.decode() ?? '';
    if (rest !== '') yield Buffer.from(rest, 'utf8');
  } finally {
    // The consumer stopped early (the reader of the output went away): let the source clean up.
    if (!finished) await iterator.return?.();
  }
}
