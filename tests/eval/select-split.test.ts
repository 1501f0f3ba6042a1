import { readConll, selectSplit } from '../../src/eval';
import { assignFolds, train80End } from '../../src/eval/select-split';

function corpus(n: number): ReturnType<typeof readConll> {
  return readConll(Array.from({ length: n }, (_, i) => `جملة${i}\tO\n`).join('\n'));
}

describe('selectSplit', () => {
  it.each([
    // N, TRAIN80 size, DEV20 size: floor(0.8 N) and the rest
    [10, 8, 2],
    [7, 5, 2],
    [5, 4, 1],
    [4, 3, 1],
    [1, 0, 1],
    [0, 0, 0],
    [3972, 3177, 795],
  ])('N = %i → train80 %i sentences, dev20 %i', (n, train, dev) => {
    const sentences = corpus(n);
    expect(selectSplit(sentences, 'train80')).toHaveLength(train);
    expect(selectSplit(sentences, 'dev20')).toHaveLength(dev);
    expect(selectSplit(sentences, 'all')).toHaveLength(n);
  });

  it('cuts at sentence floor(0.8 N): train80 ends before it, dev20 starts with it, indices kept', () => {
    const sentences = corpus(10);
    expect(selectSplit(sentences, 'train80').map((s) => s.index)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(selectSplit(sentences, 'dev20').map((s) => s.index)).toEqual([8, 9]);
    expect(selectSplit(sentences, 'dev20')[0]?.tokens[0]?.text).toBe('جملة8');
  });

  it('rejects an unknown split', () => {
    expect(() => selectSplit(corpus(3), 'test' as never)).toThrow('unknown split «test» (expected all, train80, dev20)');
  });
});

describe('train80End', () => {
  it.each([
    [3972, 3177],
    [10, 8],
    [1, 0],
    [0, 0],
  ])('N = %i → TRAIN80 is sentences [0, %i)', (n, end) => {
    expect(train80End(n)).toBe(end);
    expect(selectSplit(corpus(n), 'train80')).toHaveLength(end);
  });
});

describe('assignFolds', () => {
  it.each([
    // N, k, the fold of each sentence: contiguous blocks, the first N mod k one sentence longer
    [10, 3, [0, 0, 0, 0, 1, 1, 1, 2, 2, 2]],
    [6, 3, [0, 0, 1, 1, 2, 2]],
    [5, 5, [0, 1, 2, 3, 4]],
    [3, 5, [0, 1, 2]],
    [4, 1, [0, 0, 0, 0]],
    [0, 5, []],
  ])('N = %i, k = %i → %j', (n, k, folds) => {
    expect(assignFolds(n, k)).toEqual(folds);
  });

  it('gives TRAIN80 of ANERcorp five contiguous folds of 635 or 636 sentences', () => {
    const folds = assignFolds(train80End(3972), 5);
    expect(folds).toHaveLength(3177);
    const sizes = [0, 1, 2, 3, 4].map((f) => folds.filter((x) => x === f).length);
    expect(sizes).toEqual([636, 636, 635, 635, 635]);
    // Contiguous: the fold never goes back.
    expect(folds.every((f, i) => i === 0 || f === folds[i - 1] || f === (folds[i - 1] as number) + 1)).toBe(true);
  });

  it.each([
    [10, 0],
    [10, 1.5],
    [-1, 3],
    [2.5, 3],
  ])('rejects N = %p, k = %p', (n, k) => {
    expect(() => assignFolds(n, k)).toThrow(RangeError);
  });
});
