import { tokenize } from '../tokenize/tokenize';
import type { Entity } from '../types';
import { createDocumentFormatter } from './create-document-formatter';
import type { DocumentFormatter, DocumentPart, FormatOptions } from './format-types';
import { tagTokenPieces, type TaggedPiece } from './tag-token-pieces';

/**
 * `conll`: one `token<TAB>tag` row per token (BIO tags named after alam's types: B-PERSON, I-PLACE, O),
 * like ANERcorp's files. A blank line ends each sentence — after . ! ? ؟ … or at a line break in the
 * text — and each document. A document read in parts is tokenized part by part (a part ends at white
 * space, so no token is cut) with the open sentence carried across.
 */
export function createConllFormatter(options: FormatOptions = {}): DocumentFormatter {
  const tokenizeOptions = options.normalize === undefined ? {} : { normalize: options.normalize };
  const sentence: SentenceState = { open: false, lineBreak: false };
  return createDocumentFormatter({
    start: () => '',
    openDocument(): string {
      sentence.open = false;
      sentence.lineBreak = false;
      return '';
    },
    addPart(part: DocumentPart): string {
      const tokens = tokenize(part.text, tokenizeOptions);
      const pieces = tagTokenPieces(part.text, tokens, toPartOffsets(part));
      return formatSentences(part.text, pieces, sentence);
    },
    closeDocument: () => (sentence.open ? '\n' : ''),
    finish: () => '',
  });
}

interface SentenceState {
  /** A sentence has rows and no blank line after them yet. */
  open: boolean;
  /** A line break came after the last row (in an earlier part). */
  lineBreak: boolean;
}

const SENTENCE_END = new Set(['.', '!', '?', '؟', '…', '۔']);

/** The part's top-level entities with offsets into the part's text, as tagTokenPieces reads them. */
function toPartOffsets(part: DocumentPart): Entity[] {
  return part.offset === 0 ? (part.entities as Entity[]) : part.entities.map((e) => ({ ...e, start: e.start - part.offset, end: e.end - part.offset }));
}

function formatSentences(text: string, pieces: readonly TaggedPiece[], sentence: SentenceState): string {
  let out = '';
  let previousEnd = 0;
  for (const piece of pieces) {
    if (sentence.open && (sentence.lineBreak || text.slice(previousEnd, piece.start).includes('\n'))) {
      out += '\n';
      sentence.open = false;
    }
    sentence.lineBreak = false;
    out += `${piece.text}\t${piece.tag}\n`;
    sentence.open = true;
    previousEnd = piece.end;
    if (piece.tag === 'O' && SENTENCE_END.has(piece.text)) {
      out += '\n';
      sentence.open = false;
    }
  }
  if (text.indexOf('\n', previousEnd) !== -1) sentence.lineBreak = true;
  return out;
}
