import { readConll, selectSplit } from '../../src/eval';

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
