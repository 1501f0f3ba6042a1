import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { extract, normalize, type Entity } from '../../src/index';
import { HARAKAT } from '../../scripts/fuzz-arbitraries';
import { applyEdits, type TextEdit } from './apply-edits';

/**
 * Spelling noise that normalization folds away must not change what is found in the seed article:
 * harakat after letters, tatweel inside words, another alef spelling, ي/ى and ه/ة at word end give
 * the same entities, at the shifted spans of the same words. fast-check picks the edit positions.
 */
const ARTICLE = readFileSync(join(__dirname, '..', '..', 'examples', 'article.txt'), 'utf8');
const BASELINE = extract(ARTICLE);

const isArabicLetter = (unit: string | undefined): boolean => unit !== undefined && /\p{Script=Arabic}/u.test(unit) && /\p{L}/u.test(unit) && unit !== '\u0640';
const offsets = [...Array(ARTICLE.length).keys()];
const wordEnd = (i: number): boolean => !isArabicLetter(ARTICLE[i + 1]);

/** The folded word around offset i. */
function wordAt(i: number): string {
  let start = i;
  while (start > 0 && isArabicLetter(ARTICLE[start - 1])) start--;
  let end = i + 1;
  while (end < ARTICLE.length && isArabicLetter(ARTICLE[end])) end++;
  return normalize(ARTICLE.slice(start, end)).text;
}

// The written alef maksura tells the prepositions «على» «إلى» «حتى» «لدى» «متى» from the names «علي»…:
// swapping their last letter changes the word on purpose (src/rules/helpers/is-name-word.ts).
const PREPOSITIONS = new Set(['علي', 'الي', 'حتي', 'لدي', 'متي', 'وعلي', 'والي', 'فعلي']);

const ALEFS = ['ا', 'أ', 'إ', 'آ', 'ٱ'];

interface EditKind {
  /** Offsets where this edit may apply. */
  readonly at: readonly number[];
  readonly make: (at: number, choice: number) => TextEdit;
}

const EDITS: Record<string, EditKind> = {
  'harakat after letters': {
    at: offsets.filter((i) => isArabicLetter(ARTICLE[i])),
    make: (i, choice) => ({ kind: 'insert', at: i + 1, text: (HARAKAT[choice % HARAKAT.length] as string) + (choice % 3 === 0 ? '\u0651' : '') }),
  },
  'tatweel inside words': {
    at: offsets.filter((i) => isArabicLetter(ARTICLE[i]) && isArabicLetter(ARTICLE[i + 1])),
    make: (i, choice) => ({ kind: 'insert', at: i + 1, text: '\u0640'.repeat(1 + (choice % 3)) }),
  },
  'another alef spelling': {
    at: offsets.filter((i) => ALEFS.includes(ARTICLE[i] as string)),
    make: (i, choice) => ({ kind: 'replace', at: i, unit: ALEFS[choice % ALEFS.length] as string }),
  },
  'ي and ى swapped at word end': {
    at: offsets.filter((i) => (ARTICLE[i] === 'ي' || ARTICLE[i] === 'ى') && wordEnd(i) && !PREPOSITIONS.has(wordAt(i))),
    make: (i) => ({ kind: 'replace', at: i, unit: ARTICLE[i] === 'ي' ? 'ى' : 'ي' }),
  },
  'ه and ة swapped at word end': {
    at: offsets.filter((i) => (ARTICLE[i] === 'ه' || ARTICLE[i] === 'ة') && wordEnd(i)),
    make: (i) => ({ kind: 'replace', at: i, unit: ARTICLE[i] === 'ه' ? 'ة' : 'ه' }),
  },
};

/** What must survive an edit: the type, the span (shifted) and the lexicon entry. */
const describeEntity = (entity: Entity, shift: (offset: number) => number = (offset) => offset): string =>
  `${entity.type} [${shift(entity.start)}, ${shift(entity.end)}) ${entity.id ?? ''}`;

function editsOf(kinds: readonly EditKind[]): fc.Arbitrary<TextEdit[]> {
  return fc
    .tuple(...kinds.map((kind) => fc.uniqueArray(fc.tuple(fc.constantFrom(...kind.at), fc.nat(99)), { minLength: 1, maxLength: 40, selector: ([at]) => at })))
    .map((perKind) => perKind.flatMap((picks, k) => picks.map(([at, choice]) => (kinds[k] as EditKind).make(at, choice))));
}

function expectSameEntities(edits: readonly TextEdit[]): void {
  const edited = applyEdits(ARTICLE, edits);
  const found = extract(edited.text);
  for (const entity of found) expect(edited.text.slice(entity.start, entity.end)).toBe(entity.text);
  expect(found.map((entity) => describeEntity(entity))).toEqual(BASELINE.map((entity) => describeEntity(entity, edited.shift)));
}

describe('entities of the seed article are invariant under spelling noise', () => {
  test('the article has entities to compare', () => {
    expect(BASELINE.length).toBeGreaterThanOrEqual(5);
  });

  test.each(Object.entries(EDITS))('%s', (_name, kind) => {
    expect(kind.at.length).toBeGreaterThan(0);
    fc.assert(fc.property(editsOf([kind]), expectSameEntities), { numRuns: 80 });
  });

  test('all kinds of noise at once', () => {
    fc.assert(fc.property(editsOf(Object.values(EDITS)), expectSameEntities), { numRuns: 80 });
  });

  const CREDIT_LINES = [
    ['a haraka in «المصدر»', 'المصدر : فارس', 'المَصدر : فارس'],
    ['a tatweel in «المصدر»', 'المصدر : فارس', 'المصـدر : فارس'],
    ['a tanween in «نقلا عن»', 'نقلا عن : فارس', 'نقلاً عن : فارس'],
    ['an alef wasla in «المصدر»', 'المصدر : فارس', 'ٱلمصدر : فارس'],
  ] as const;

  test.each(CREDIT_LINES)('without noise, the credit line of «%s» names the organization', (_name, plain) => {
    expect(extract(plain).map((entity) => [entity.type, entity.text])).toEqual([['ORGANIZATION', 'فارس']]);
  });

  // The credit-line patterns run on the folded text: a haraka, a tatweel or an alef wasla «ٱ» inside
  // «المصدر» or «نقلا» must not hide the credit line (and let «فارس» come out as a PLACE).
  test.each(CREDIT_LINES)('the credit line survives %s', (_name, _plain, noisy) => {
    expect(extract(noisy).map((entity) => [entity.type, entity.text])).toEqual([['ORGANIZATION', 'فارس']]);
  });
});
