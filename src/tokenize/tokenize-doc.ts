import type { Doc } from '../document';
import { scanTokens } from './scan-tokens';

/** Tokenizes the folded text into the document's token buffer and sizes the per-token arrays the matcher fills. */
export function tokenizeDoc(doc: Doc): void {
  doc.tokens = scanTokens(doc.folded, doc.tokens);
  const count = doc.tokens.count;
  doc.word = new Int32Array(count);
  doc.tokenFlags = new Int32Array(count);
  doc.stemStart = new Int32Array(count);
  doc.cueBits = new Int32Array(count);
}
