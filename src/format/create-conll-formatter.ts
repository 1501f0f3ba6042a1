import { tokenize } from '../tokenize/tokenize';
import type { DocumentFormatter, ExtractedDocument, FormatOptions } from './format-types';
import { tagTokenPieces, type TaggedPiece } from './tag-token-pieces';

/**
 * `conll`: one `token<TAB>tag` row per token (BIO tags named after alam's types: B-PERSON, I-PLACE, O),
 * like ANERcorp's files. A blank line ends each sentence — after . ! ? ؟ … or at a line break in the
 * text — and each document.
 */
export function createConllFormatter(options: FormatOptions = {}): DocumentFormatter {
  return {
    start: () => '',
    add(document: ExtractedDocument): string {
      const tokens = tokenize(document.text, options.normalize === undefined ? {} : { normalize: options.normalize });
      const pieces = tagTokenPieces(document.text, tokens, document.entities);
      return formatSentences(document.text, pieces);
    },
    finish: () => '',
  };
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '…', '۔']);

function formatSentences(text: string, pieces: readonly TaggedPiece[]): string {
  let out = '';
  let open = false;
  let previousEnd = 0;
  for (const piece of pieces) {
    if (open && text.slice(previousEnd, piece.start).includes('\n')) {
      out += '\n';
      open = false;
    }
    out += `${piece.text}\t${piece.tag}\n`;
    open = true;
    previousEnd = piece.end;
    if (piece.tag === 'O' && SENTENCE_END.has(piece.text)) {
      out += '\n';
      open = false;
    }
  }
  return open ? out + '\n' : out;
}
