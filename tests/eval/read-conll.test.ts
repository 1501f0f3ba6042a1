import { ConllError, readConll } from '../../src/eval';
import { readTaggedConll } from '../../src/eval/read-conll';
import { toConll } from './helpers';

describe('readConll', () => {
  it('reads tokens, tags and line numbers, one sentence per blank-line block', () => {
    const text = 'اكد\tO\nعلي\tB-PER\nشمخاني\tI-PER\n\nفي\tO\nموسكو\tB-LOC\n';
    expect(readConll(text)).toEqual([
      {
        index: 0,
        tokens: [
          { text: 'اكد', tag: 'O', line: 1 },
          { text: 'علي', tag: 'B-PER', line: 2 },
          { text: 'شمخاني', tag: 'I-PER', line: 3 },
        ],
      },
      {
        index: 1,
        tokens: [
          { text: 'في', tag: 'O', line: 5 },
          { text: 'موسكو', tag: 'B-LOC', line: 6 },
        ],
      },
    ]);
  });

  it.each([
    ['I- after O opens a chunk', 'في\tO\nموسكو\tI-LOC\n', ['O', 'B-LOC']],
    ['I- first in a sentence', 'موسكو\tI-LOC\nاليوم\tO\n', ['B-LOC', 'O']],
    ['I- after another type', 'روسيا\tB-LOC\nبوتين\tI-PER\n', ['B-LOC', 'B-PER']],
    ['I- after the same type continues', 'علي\tB-PER\nشمخاني\tI-PER\n', ['B-PER', 'I-PER']],
    ['B- after B- of the same type stays B-', 'مصر\tB-LOC\nسوريا\tB-LOC\n', ['B-LOC', 'B-LOC']],
    ['MISC is read like the other types', 'العربية\tI-MISC\n', ['B-MISC']],
  ])('IOB1 → BIO2: %s', (_name, text, tags) => {
    expect(readConll(text).flatMap((s) => s.tokens.map((t) => t.tag))).toEqual(tags);
  });

  it('does not carry an open chunk across a sentence boundary', () => {
    const sentences = readConll('بوش\tB-PER\n\nالابن\tI-PER\n');
    expect(sentences.map((s) => s.tokens.map((t) => t.tag))).toEqual([['B-PER'], ['B-PER']]);
  });

  it.each([
    ['CRLF line ends', 'علي\tB-PER\r\n\r\nمصر\tB-LOC\r\n'],
    ['a BOM before the first token', '\uFEFFعلي\tB-PER\n\nمصر\tB-LOC\n'],
    ['several blank lines between sentences', 'علي\tB-PER\n\n\n\nمصر\tB-LOC\n'],
    ['no final line break', 'علي\tB-PER\n\nمصر\tB-LOC'],
    ['blank lines before the first sentence', '\n\nعلي\tB-PER\n\nمصر\tB-LOC\n\n'],
  ])('tolerates %s', (_name, text) => {
    const sentences = readConll(text);
    expect(sentences.map((s) => s.tokens.map((t) => `${t.text}/${t.tag}`))).toEqual([['علي/B-PER'], ['مصر/B-LOC']]);
    expect(sentences.map((s) => s.index)).toEqual([0, 1]);
  });

  it('reads nothing from an empty file', () => {
    expect(readConll('')).toEqual([]);
    expect(readConll('\n\n')).toEqual([]);
  });

  it('round-trips the annotated test notation', () => {
    const text = toConll(['[علي شمخاني](PER) زار [موسكو](LOC)']);
    expect(text).toBe('علي\tB-PER\nشمخاني\tI-PER\nزار\tO\nموسكو\tB-LOC\n');
  });

  it.each([
    ['a space instead of a tab', 'اكد\tO\nكلمة O\n', 'dev.conll:2: expected TOKEN<TAB>TAG, found no tab in «كلمة O»'],
    ['a third column', 'كلمة\tNN\tO\n', 'dev.conll:1: expected TOKEN<TAB>TAG, found 2 tabs in «كلمة\tNN\tO»'],
    ['an empty token', 'اكد\tO\n\n\tB-LOC\n', 'dev.conll:3: empty token before tag «B-LOC»'],
    [
      'the original ANERcorp tag B-PERS',
      'علي\tB-PERS\n',
      'dev.conll:1: unknown tag «B-PERS» (expected O, B-X or I-X with X in PER, LOC, ORG, MISC)',
    ],
    [
      'a lower-case tag',
      'اكد\to\n',
      'dev.conll:1: unknown tag «o» (expected O, B-X or I-X with X in PER, LOC, ORG, MISC)',
    ],
    [
      'an empty tag',
      'اكد\tO\nعلي\t\n',
      'dev.conll:2: unknown tag «» (expected O, B-X or I-X with X in PER, LOC, ORG, MISC)',
    ],
    [
      'a long line, shortened in the message',
      `${'ا'.repeat(50)}\n`,
      `dev.conll:1: expected TOKEN<TAB>TAG, found no tab in «${'ا'.repeat(40)}…»`,
    ],
  ])('rejects %s with the file and line', (_name, text, message) => {
    const run = (): unknown => readConll(text, 'dev.conll');
    expect(run).toThrow(ConllError);
    expect(run).toThrow(new Error(message));
  });

  it('exposes source, line and reason on the error, and names unnamed input «<input>»', () => {
    let caught: unknown;
    try {
      readConll('اكد\tO\nعلي\tB-PERS\n');
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConllError);
    expect(caught).toMatchObject({ source: '<input>', line: 2, name: 'ConllError' });
    expect((caught as ConllError).message).toMatch(/^<input>:2: unknown tag «B-PERS»/);
  });
});

describe('readTaggedConll', () => {
  it('reads any class after B-/I- as written (WikiFANE fine classes), with the same line checks', () => {
    const sentences = readTaggedConll('جمهورية\tB-Nation\nجنوب\tI-Nation\nفي\tO\n\nدمشق\tI-Population-Center\n', 'fine.conll');
    expect(sentences.map((s) => [s.index, s.tokens.map((t) => `${t.text}/${t.tag}/${t.line}`)])).toEqual([
      [0, ['جمهورية/B-Nation/1', 'جنوب/I-Nation/2', 'في/O/3']],
      // Kept as written: no IOB1 → BIO2 rewriting of a class the reader does not know.
      [1, ['دمشق/I-Population-Center/5']],
    ]);
  });

  it.each([
    ['a class without B-/I-', 'جمهورية\tNation\n', 'fine.conll:1: unknown tag «Nation» (expected O, B-X or I-X)'],
    ['a space instead of a tab', 'جمهورية B-Nation\n', 'fine.conll:1: expected TOKEN<TAB>TAG, found no tab'],
  ])('names the line of %s', (_name, text, message) => {
    expect(() => readTaggedConll(text, 'fine.conll')).toThrow(message);
  });
});
