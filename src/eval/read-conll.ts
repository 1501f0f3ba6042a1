import { ConllError } from './conll-error';
import type { ChunkType, ConllSentence, ConllTag, ConllToken, TaggedSentence, TaggedToken } from './types';

const TAG_PATTERN = /^(?:O|([BI])-(PER|LOC|ORG|MISC))$/;
/** Any BIO tag: O, or B-/I- and a class name («B-Politician», «I-Population-Center» in WikiFANE's fine file). */
const ANY_TAG_PATTERN = /^(?:O|[BI]-\S+)$/;
const SHOWN_LINE_LENGTH = 40;

/**
 * Reads `TOKEN<TAB>TAG` lines into sentences (a blank line ends a sentence).
 * Tags must be O or B-/I- over PER, LOC, ORG, MISC. An I- that opens a chunk (after O, after
 * another type, or first in a sentence: IOB1 style) is read as B-, as conlleval reads it.
 * Throws `ConllError` (source and line) on a line without exactly one tab, an empty token or an unknown tag.
 */
export function readConll(text: string, source = '<input>'): ConllSentence[] {
  return readSentences<ConllToken>(text, source, (tag, line, previous) => {
    const match = TAG_PATTERN.exec(tag);
    if (!match) {
      throw new ConllError(source, line, `unknown tag «${shorten(tag)}» (expected O, B-X or I-X with X in PER, LOC, ORG, MISC)`);
    }
    return toBio2(tag as ConllTag, match[2] as ChunkType | undefined, previous?.tag ?? 'O');
  });
}

/**
 * The same lines with any class name after B-/I- (WikiFANE's fine classes: «B-Nation»,
 * «I-Population-Center»), tags kept as written. A tag that is not O, B-X or I-X is a `ConllError`.
 */
export function readTaggedConll(text: string, source = '<input>'): TaggedSentence[] {
  return readSentences<TaggedToken>(text, source, (tag, line) => {
    if (!ANY_TAG_PATTERN.test(tag)) throw new ConllError(source, line, `unknown tag «${shorten(tag)}» (expected O, B-X or I-X)`);
    return tag;
  });
}

/** The line reading both share; `readTag` checks a tag (given the sentence's previous token) and returns it as kept. */
function readSentences<T extends TaggedToken>(
  text: string,
  source: string,
  readTag: (tag: string, line: number, previous: T | undefined) => T['tag'],
): { index: number; tokens: T[] }[] {
  const sentences: { index: number; tokens: T[] }[] = [];
  let tokens: T[] = [];
  const lines = text.split('\n');
  // A final "\n" leaves one empty string after the split, which is not a line of the file.
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();

  const endSentence = (): void => {
    if (tokens.length > 0) sentences.push({ index: sentences.length, tokens });
    tokens = [];
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
    const tag = readTag(rawTag, lineNumber, tokens[tokens.length - 1]);
    tokens.push({ text: token, tag, line: lineNumber } as T);
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
