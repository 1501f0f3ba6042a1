import type { Entity, Token } from '../../src/types';
import { normalize, tokenize, type NormalizedText } from '../../src/index';
import { checkEntities, checkNormalized, checkTokens } from '../../scripts/fuzz-invariants';

// The property tests and the fuzz run trust these checks: each must catch the fault it names.

const fold = (text: string): string => normalize(text).text;

function entity(input: string, start: number, end: number, extra: Partial<Entity> = {}): Entity {
  const text = input.slice(start, end);
  return { type: 'COUNTRY', start, end, text, normalized: fold(text), score: 0.9, source: { kind: 'lexicon', id: 'country:RU' }, ...extra };
}

describe('checkEntities', () => {
  const input = 'زار بوتين موسكو وروسيا';
  test('accepts exact, sorted, disjoint spans', () => {
    expect(checkEntities(input, [entity(input, 4, 9), entity(input, 10, 15), entity(input, 17, 22)], { normalize: fold })).toEqual([]);
  });

  test.each<[string, string, Entity[], RegExp]>([
    ['text is not the slice', input, [{ ...entity(input, 10, 15), text: 'روسيا' }], /is not input\.slice/],
    ['end past the input', input, [{ ...entity(input, 17, 22), end: 23 }], /bad offsets \[17, 23\)/],
    ['empty span', input, [{ ...entity(input, 4, 9), end: 4, text: '' }], /bad offsets \[4, 4\)/],
    ['fractional offset', input, [{ ...entity(input, 4, 9), start: 4.5 }], /bad offsets/],
    ['overlap', input, [entity(input, 4, 15), entity(input, 10, 15)], /overlaps or precedes/],
    ['unsorted', input, [entity(input, 10, 15), entity(input, 4, 9)], /overlaps or precedes/],
    // «موسكو» then an emoji cut between its surrogates (U+1F600 GRINNING FACE).
    ['cuts an emoji', 'موسكو\u{1f600}', [entity('موسكو\u{1f600}', 0, 6)], /ends inside a surrogate pair/],
    ['starts inside an emoji', '\u{1f600}موسكو', [entity('\u{1f600}موسكو', 1, 7)], /starts inside a surrogate pair/],
    // «مُحَمَّدٌ» cut before its final tanween U+064C DAMMATAN.
    ['leaves the tanween out', 'مُحَمَّدٌ', [entity('مُحَمَّدٌ', 0, 8)], /ends before the combining mark U\+64C/],
    ['starts on a haraka', 'مُحَمَّد', [entity('مُحَمَّد', 1, 6)], /starts on a combining mark/],
    ['type not asked for', input, [entity(input, 10, 15, { type: 'NATIONALITY' })], /type NATIONALITY was not asked for/],
    ['score above 1', input, [entity(input, 10, 15, { score: 1.5 })], /score 1\.5 not in \[0, 1\]/],
    ['unknown provenance', input, [entity(input, 10, 15, { source: { kind: 'guess' as 'rule', id: 'x' } })], /bad source/],
    ['normalized is not the fold', input, [entity(input, 10, 15, { normalized: 'روسيا' })], /is not the fold of its text/],
    ['nested outside its parent', input, [entity(input, 10, 15, { nested: [entity(input, 17, 22)] })], /is outside \[10, 15\)/],
  ])('flags %s', (_name, text, entities, expected) => {
    const problems = checkEntities(text, entities, { types: new Set(['PERSON', 'COUNTRY']), normalize: fold });
    expect(problems.join('\n')).toMatch(expected);
  });
});

describe('checkNormalized', () => {
  const api = { normalize, tokenize };
  const input = 'مُحَمَّدٌ في ﻻهور';
  const good = normalize(input);
  const edited = (change: (result: { text: string; starts: Int32Array; ends: Int32Array }) => void): NormalizedText => {
    const copy = { ...good, starts: good.starts.slice(), ends: good.ends.slice() };
    change(copy);
    return copy;
  };

  test('accepts the real result', () => {
    expect(checkNormalized(input, good, api)).toEqual([]);
  });

  test.each<[string, NormalizedText, RegExp]>([
    // «محمد» starts at 0, 2, 4, 7 in the original; its third letter moved back to 1.
    ['a non-monotone map', edited((r) => (r.starts[2] = 1)), /not monotone at unit 2/],
    ['an empty range', edited((r) => (r.ends[0] = 0)), /unit 0 maps to \[0, 0\)/],
    ['a range past the input', edited((r) => (r.ends[r.ends.length - 1] = input.length + 1)), /maps to \[16, 18\)/],
    ['an uncovered letter', edited((r) => (r.ends[r.ends.length - 1] = input.length - 1)), /original unit 16 \(U\+631\) is covered by no folded unit/],
    // A fold that kept a haraka: «مُحد» folds again to «محد».
    ['a fold that is not idempotent', { ...good, text: good.text.replace('محمد', 'مُحد') }, /not idempotent: "مُحد/],
    // A fold that kept alef maksura: the «ي» of «في» alone folds to «ي», not «ى».
    ['a group that folds differently alone', { ...good, text: good.text.replace('في', 'فى') }, /"ي" at \[11, 12\) folds alone to "ي" but to "ى" in context/],
    ['a wrong toOriginal', { ...good, toOriginal: () => ({ start: 0, end: 1 }) }, /toOriginal\(0, \d+\) = \[0, 1\)/],
  ])('flags %s', (_name, result, expected) => {
    expect(checkNormalized(input, result, api).join('\n')).toMatch(expected);
  });
});

describe('checkTokens', () => {
  const input = 'وروسيا \u{1f600}';
  const good = tokenize(input);
  test('accepts the real tokens', () => {
    expect(checkTokens(input, good, { normalize: fold })).toEqual([]);
  });

  const word = good[0] as Token;
  test.each<[string, Token[], RegExp]>([
    ['overlapping tokens', [word, { ...word, start: 3, text: input.slice(3, 6) }], /overlaps token 0/],
    ['a cut emoji', [{ kind: 'symbol', start: 7, end: 8, text: input.slice(7, 8), normalized: input.slice(7, 8) }], /ends inside a surrogate pair/],
    ['a wrong normalized form', [{ ...word, normalized: 'روسيا' }], /is not the fold of its text/],
    ['a split outside the token', [{ ...word, splits: [{ prefix: 'و', stem: 'روسيا', start: 9 }] }], /bad split/],
    ['an unknown kind', [{ ...word, kind: 'name' as Token['kind'] }], /unknown kind name/],
  ])('flags %s', (_name, tokens, expected) => {
    expect(checkTokens(input, tokens, { normalize: fold }).join('\n')).toMatch(expected);
  });
});
