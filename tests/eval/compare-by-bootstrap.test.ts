import type { BlockCounts } from '../../src/eval';
import { compareByBootstrap } from '../../scripts/lib/compare-by-bootstrap';

/** A block of PER counts only: [gold, predicted, correct]. */
const per = ([gold, predicted, correct]: readonly [number, number, number]): BlockCounts => ({
  PER: { gold, predicted, correct },
  LOC: { gold: 0, predicted: 0, correct: 0 },
  ORG: { gold: 0, predicted: 0, correct: 0 },
});

// Twenty blocks of five gold persons each: A finds three in each, B four (the same predictions, one more right).
const A = Array.from({ length: 20 }, () => per([5, 4, 3]));
const B = Array.from({ length: 20 }, () => per([5, 4, 4]));
const OPTIONS = { samples: 2000, seed: 7 };

describe('compareByBootstrap: a paired bootstrap over blocks', () => {
  test('a run against itself: no difference in any resample', () => {
    for (const d of compareByBootstrap(A, A, OPTIONS)) {
      expect(d).toMatchObject({ difference: 0, low: 0, high: 0, worse: 0 });
    }
  });

  test('B better on every block: the whole-set F1 of each, and an interval above zero', () => {
    const [perScore, , , micro] = compareByBootstrap(A, B, OPTIONS);
    // A: precision 3/4, recall 3/5, F1 66.67; B: precision 4/4, recall 4/5, F1 88.89.
    expect(perScore).toMatchObject({ score: 'PER', a: expect.closeTo(66.667, 2), b: expect.closeTo(88.889, 2), worse: 0 });
    expect(perScore?.difference).toBeCloseTo(22.222, 2);
    // Every block is alike, so every resample gives the same difference.
    expect(perScore?.low).toBeCloseTo(22.222, 2);
    expect(perScore?.high).toBeCloseTo(22.222, 2);
    expect(micro).toMatchObject({ score: 'micro', difference: perScore?.difference });
  });

  test('a gain on some blocks and a loss on others: the interval holds zero and some resamples favour A', () => {
    // B finds one more person in blocks 1–10 and one fewer in blocks 11–14: ahead overall, but not on every sample.
    const mixed = A.map((block, i) => (i < 10 ? per([5, 4, 4]) : i < 14 ? per([5, 4, 2]) : block));
    const [d] = compareByBootstrap(A, mixed, OPTIONS);
    expect(d?.difference).toBeGreaterThan(0);
    expect(d?.low).toBeLessThan(d?.difference as number);
    expect(d?.high).toBeGreaterThan(d?.difference as number);
    expect(d?.worse).toBeGreaterThan(0);
    expect(d?.worse).toBeLessThan(0.5);
  });

  test('the same seed gives the same resamples; another seed other ones, the same whole-set figures', () => {
    const mixed = A.map((block, i) => (i % 3 === 0 ? per([5, 4, 4]) : i % 5 === 0 ? per([5, 5, 2]) : block));
    const once = compareByBootstrap(A, mixed, OPTIONS);
    expect(compareByBootstrap(A, mixed, OPTIONS)).toEqual(once);
    const other = compareByBootstrap(A, mixed, { ...OPTIONS, seed: 8 });
    expect(other.map((d) => d.difference)).toEqual(once.map((d) => d.difference));
    expect(other.map((d) => d.low)).not.toEqual(once.map((d) => d.low));
  });

  test.each([
    ['blocks of another count', A.slice(1), 'the runs have 20 and 19 blocks: not the same text'],
    ['other gold counts in a block', A.map((block, i) => (i === 4 ? per([6, 4, 3]) : block)), 'block 5: 5 and 6 gold PER chunks: not the same text'],
  ])('runs over different text are a RangeError: %s', (_, other, message) => {
    expect(() => compareByBootstrap(A, other, OPTIONS)).toThrow(new RangeError(message));
  });

  test('no blocks, or no resamples, is a RangeError', () => {
    expect(() => compareByBootstrap([], [], OPTIONS)).toThrow('the runs have no blocks');
    expect(() => compareByBootstrap(A, B, { samples: 0, seed: 1 })).toThrow('samples must be a positive integer, got 0');
  });
});
