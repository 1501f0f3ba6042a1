import { ConllError } from './conll-error';
import type { ChunkType, ConllSentence, ConllTag, ConllToken } from './types';

const TAG_PATTERN = /^(?:O|([BI])-(PER|LOC|ORG|MISC))$/;
const SHOWN_LINE_LENGTH = 40;

/**
 * Reads `TOKEN<TAB>TAG` lines into sentences (a blank line ends a sentence).
 * Tags must be O or B-/I- over PER, LOC, ORG, MISC. An I- that opens a chunk (after O, after
 * another type, or first in a sentence: IOB1 style) is read as B-, as conlleval reads it.
 * Throws `ConllError` (source and line) on a line without exactly one tab, an empty token or an unknown tag.
 */
export function readConll(text: string, source = '<input>'): ConllSentence[] {
  const sentences: ConllSentence[] = [];
  let tokens: ConllToken[] = [];
  let previous: ConllTag = 'O';
  const lines = text.split('\n');
  // A final "\n" leaves one empty string after the split, which is not a line of the file.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();

  const endSentence = (): void => {
    if (tokens.length > 0) sentences.push({ index: sentences.length, tokens });
    tokens = [];
    previous = 'O';
  };

  lines.forEach((rawLine, i) => {
    const lineNumber = i + 1;
    // Tolerate CRLF files and a UTF-8 BOM (U+FEFF ZERO WIDTH NO-BREAK SPACE) before the first token.
    let line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    if (i === 0 && line.startsWith('\uFEFF')) line = line.slice(1);
    if (line.trim() === '') {
      endSentence();
      return;
    }
    const fields = line.split('\t');
    if (fields.length !== 2) {
      const found = fields.length === 1 ? 'no tab' : `${fields.length - 1} tabs`;
      throw new ConllError(source, lineNumber, `expected TOKEN<TAB>TAG, found ${found} in «${shorten(line)}»`);
    }
    const [token = '', rawTag = ''] = fields;
    if (token === '') throw new ConllError(source, lineNumber, `empty token before tag «${shorten(rawTag)}»`);
    const match = TAG_PATTERN.exec(rawTag);
    if (!match) {
      throw new ConllError(
        source,
        lineNumber,
        `unknown tag «${shorten(rawTag)}» (expected O, B-X or I-X with X in PER, LOC, ORG, MISC)`,
      );
    }
    const tag = toBio2(rawTag as ConllTag, match[2] as ChunkType | undefined, previous);
    tokens.push({ text: token, tag, line: lineNumber });
    previous = tag;
  });
  endSentence();
  return sentences;
}

function toBio2(tag: ConllTag, type: ChunkType | undefined, previous: ConllTag): ConllTag {
  if (type === undefined || tag.startsWith('B-')) return tag;
  const continues = previous !== 'O' && previous.slice(2) === type;
  return continues ? tag : `B-${type}`;
}

function shorten(text: string): string {
  return text.length > SHOWN_LINE_LENGTH ? `${text.slice(0, SHOWN_LINE_LENGTH)}…` : text;
}
