import { evaluateConll, readConll, type ScoredType } from '../../src/eval';
import { fakeExtractor, toConll } from './helpers';

type Counts = [gold: number, predicted: number, correct: number];

function evaluate(gold: readonly string[], predictions: readonly string[], blockSize?: number) {
  const { extract, calls } = fakeExtractor(predictions);
  const report = evaluateConll(readConll(toConll(gold)), extract, blockSize === undefined ? {} : { blockSize });
  const counts = (type: ScoredType | 'micro'): Counts => {
    const s = type === 'micro' ? report.micro : report.byType[type];
    return [s.gold, s.predicted, s.correct];
  };
  return { report, calls, counts };
}

describe('evaluateConll: chunk scoring like conlleval', () => {
  it.each<[string, string[], string[], Record<ScoredType | 'micro', Counts>]>([
    [
      'exact match',
      ['[علي شمخاني](PER) زار [موسكو](LOC)'],
      ['[علي شمخاني](PERSON) زار [موسكو](PLACE)'],
      { PER: [1, 1, 1], LOC: [1, 1, 1], ORG: [0, 0, 0], micro: [2, 2, 2] },
    ],
    [
      'proclitic kept in the gold token, excluded from the span: still exact',
      ['زار [وروسيا](LOC) [وبالامم المتحدة](ORG)'],
      ['زار و[روسيا](COUNTRY) وب[الامم المتحدة](ORGANIZATION)'],
      { PER: [0, 0, 0], LOC: [1, 1, 1], ORG: [1, 1, 1], micro: [2, 2, 2] },
    ],
    [
      'a shorter span is a miss and a false positive',
      ['[جورج بوش](PER) قال'],
      ['جورج [بوش](PERSON) قال'],
      { PER: [1, 1, 0], LOC: [0, 0, 0], ORG: [0, 0, 0], micro: [1, 1, 0] },
    ],
    [
      'a longer span is a miss and a false positive',
      ['الرئيس [بوش](PER) قال'],
      ['[الرئيس بوش](PERSON) قال'],
      { PER: [1, 1, 0], LOC: [0, 0, 0], ORG: [0, 0, 0], micro: [1, 1, 0] },
    ],
    [
      'the right span with the wrong type counts for both types',
      ['نشرت [الاهرام](ORG) امس'],
      ['نشرت [الاهرام](PLACE) امس'],
      { PER: [0, 0, 0], LOC: [0, 1, 0], ORG: [1, 0, 0], micro: [1, 1, 0] },
    ],
    [
      'gold MISC is not scored, a prediction over it is a false positive',
      ['اللغة [العربية](MISC) في [مصر](LOC)'],
      ['اللغة [العربية](COUNTRY) في [مصر](COUNTRY)'],
      { PER: [0, 0, 0], LOC: [1, 2, 1], ORG: [0, 0, 0], micro: [1, 2, 1] },
    ],
    [
      'NATIONALITY is neither scored nor a false positive',
      ['الرئيس المصري [حسني مبارك](PER)'],
      ['الرئيس ال[مصري](NATIONALITY) [حسني مبارك](PERSON)'],
      { PER: [1, 1, 1], LOC: [0, 0, 0], ORG: [0, 0, 0], micro: [1, 1, 1] },
    ],
    [
      'one chunk per sentence even when the same name repeats',
      ['[مصر](LOC) و [مصر](LOC)', 'قالت [مصر](LOC)'],
      ['[مصر](COUNTRY)'],
      { PER: [0, 0, 0], LOC: [3, 3, 3], ORG: [0, 0, 0], micro: [3, 3, 3] },
    ],
  ])('%s', (_name, gold, predictions, expected) => {
    const { counts } = evaluate(gold, predictions);
    expect({ PER: counts('PER'), LOC: counts('LOC'), ORG: counts('ORG'), micro: counts('micro') }).toEqual(expected);
  });

  it('1 correct, 1 false positive, 1 miss → P = R = F1 = 50 (LOC 0, PER 100)', () => {
    const { report } = evaluate(['[علي شمخاني](PER) زار [موسكو](LOC)'], ['[علي شمخاني](PERSON) [زار](PLACE) موسكو']);
    expect(report.micro).toEqual({ gold: 2, predicted: 2, correct: 1, precision: 50, recall: 50, f1: 50 });
    expect(report.byType.PER).toEqual({ gold: 1, predicted: 1, correct: 1, precision: 100, recall: 100, f1: 100 });
    expect(report.byType.LOC).toEqual({ gold: 1, predicted: 1, correct: 0, precision: 0, recall: 0, f1: 0 });
  });

  it('hand-computed mixed case: PER 2/3 found, LOC 1 of 2 with a false one, ORG missed', () => {
    const gold = [
      '[علي شمخاني](PER) و [فلاديمير بوتين](PER) في [موسكو](LOC)',
      'قال [كوفي انان](PER) في [نيويورك](LOC) ان [الامم المتحدة](ORG) ستجتمع',
    ];
    const predictions = [
      '[علي شمخاني](PERSON) و [فلاديمير بوتين](PERSON) في [موسكو](PLACE)',
      '[قال](PLACE) كوفي انان في نيويورك ان الامم المتحدة ستجتمع',
    ];
    const { report } = evaluate(gold, predictions);
    // PER: gold 3, predicted 2, correct 2 → P 100, R 66.67, F1 80
    expect(report.byType.PER).toMatchObject({ gold: 3, predicted: 2, correct: 2, precision: 100, f1: 80 });
    expect(report.byType.PER.recall).toBeCloseTo(200 / 3, 10);
    // LOC: gold 2, predicted 2 (موسكو right, قال wrong), correct 1 → 50 / 50 / 50
    expect(report.byType.LOC).toMatchObject({ gold: 2, predicted: 2, correct: 1, precision: 50, recall: 50, f1: 50 });
    // ORG: gold 1, nothing predicted → 0 / 0 / 0
    expect(report.byType.ORG).toMatchObject({ gold: 1, predicted: 0, correct: 0, precision: 0, recall: 0, f1: 0 });
    // micro: gold 6, predicted 4, correct 3 → P 75, R 50, F1 60
    expect(report.micro).toMatchObject({ gold: 6, predicted: 4, correct: 3, precision: 75, recall: 50 });
    expect(report.micro.f1).toBeCloseTo(60, 10);
  });

  it('reports corpus size, MISC and projection notes', () => {
    const gold = ['اللغة [العربية](MISC) في [مصر](LOC)', 'الرئيس المصري و [بي بي سي](MISC)', 'حدود [مصر-ليبيا](LOC)'];
    const { report } = evaluate(gold, ['الرئيس ال[مصري](NATIONALITY)', 'حدود [مصر](COUNTRY)-[ليبيا](COUNTRY)']);
    expect(report).toMatchObject({
      sentences: 3,
      tokens: 12,
      blockSize: 10,
      blocks: 1,
      goldMisc: 2,
      projection: { unscoredType: 1, crossSentence: 0, tokenConflicts: 1 },
    });
    expect(report.micro).toMatchObject({ gold: 2, predicted: 1, correct: 1 });
    expect(report.characters).toBe('اللغة العربية في مصر\nالرئيس المصري و بي بي سي\nحدود مصر-ليبيا'.length);
    expect(report.errors).toBeUndefined();
    expect(report.label).toBeUndefined();
  });

  it('an empty corpus scores zero without calling the extractor', () => {
    const { report, calls } = evaluate([], ['[مصر](COUNTRY)']);
    expect(calls).toEqual([]);
    expect(report.micro).toEqual({ gold: 0, predicted: 0, correct: 0, precision: 0, recall: 0, f1: 0 });
  });
});

describe('evaluateConll: blocks', () => {
  const gold = Array.from({ length: 25 }, (_, i) => `جملة${i} في [مصر](LOC)`);

  it.each([
    [10, [10, 10, 5]],
    [1, Array.from({ length: 25 }, () => 1)],
    [25, [25]],
    [100, [25]],
  ])('block size %i → one call per block of %j sentences, joined with line breaks', (blockSize, sizes) => {
    const { calls, report } = evaluate(gold, ['[مصر](COUNTRY)'], blockSize);
    expect(calls.map((text) => text.split('\n').length)).toEqual(sizes);
    expect(calls.join('\n')).toBe(gold.map((g) => g.replace('[مصر](LOC)', 'مصر')).join('\n'));
    expect(report.blocks).toBe(sizes.length);
    expect(report.micro).toMatchObject({ gold: 25, predicted: 25, correct: 25 });
  });

  it('keeps each block\'s counts when asked: a miss, a false positive and a hit fall in the blocks they are in', () => {
    // Sentences 0–2 in block 1, 3–4 in block 2: «القاهرة» is missed in the first, «بغداد» is read as a person in the second.
    const text = [
      'زار [علي](PER) [القاهرة](LOC)',
      'في [مصر](LOC)',
      'ثم [مصر](LOC)',
      'زار [بغداد](LOC)',
      'في [مصر](LOC)',
    ];
    const sentences = readConll(toConll(text));
    const { extract } = fakeExtractor(['[علي](PERSON)', '[مصر](COUNTRY)', '[بغداد](PERSON)']);
    const report = evaluateConll(sentences, extract, { blockSize: 3, blockCounts: true });
    expect(report.blockCounts).toEqual([
      { PER: { gold: 1, predicted: 1, correct: 1 }, LOC: { gold: 3, predicted: 2, correct: 2 }, ORG: { gold: 0, predicted: 0, correct: 0 } },
      { PER: { gold: 0, predicted: 1, correct: 0 }, LOC: { gold: 2, predicted: 1, correct: 1 }, ORG: { gold: 0, predicted: 0, correct: 0 } },
    ]);
    expect(evaluateConll(sentences, extract, { blockSize: 3 }).blockCounts).toBeUndefined();
  });

  it('defaults to 10 sentences per call', () => {
    expect(evaluate(gold, []).calls).toHaveLength(3);
  });

  it('passes the label and rejects a bad block size or context width', () => {
    const sentences = readConll(toConll(gold));
    const { extract } = fakeExtractor([]);
    expect(evaluateConll(sentences, extract, { label: 'ANERcorp dev20' }).label).toBe('ANERcorp dev20');
    expect(() => evaluateConll(sentences, extract, { blockSize: 0 })).toThrow('block size must be a positive integer, got 0');
    expect(() => evaluateConll(sentences, extract, { contextTokens: -1 })).toThrow(
      'context tokens must be a non-negative integer, got -1',
    );
  });

  it('rejects an extractor that does not return an array', () => {
    const sentences = readConll(toConll(gold));
    expect(() => evaluateConll(sentences, () => undefined as never)).toThrow(
      'extractor returned undefined for block 0, expected an array of entities',
    );
  });
});
