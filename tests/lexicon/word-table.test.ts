import { hashWord, WordTable } from '../../src/lexicon/word-table';
import { PhraseTrie } from '../../src/lexicon/phrase-trie';
import { blockReader, createStringColumn } from '../../src/lexicon/string-column';

/**
 * The compiled lexicon's structures as matching reads them: a word table whose slots hold each
 * word's start and length, a trie whose root steps are an array by word id, and string columns
 * that keep the values they cut. Each is checked as built, and as read back from its parts, the way
 * data/lexicon.bin gives them.
 */
const codesOf = (word: string): Uint16Array => Uint16Array.from(word, (c) => c.charCodeAt(0));

/** Enough words to grow a table from 16 slots several times: «روسيا», «وروسيا», «بروسيا» … */
const WORDS = Array.from({ length: 300 }, (_, i) => `${['', 'و', 'ب', 'ال'][i % 4]}${['روسيا', 'موسكو', 'بوتين', 'الرئيس', 'مدينة'][i % 5]}${String.fromCharCode(0x0628 + (i % 25))}${i}`);

describe('WordTable', () => {
  test.each([
    ['built word by word', (): WordTable => build(WORDS)],
    ['over its parts (the compiled file, read in place)', (): WordTable => WordTable.over(build(WORDS).toParts())],
    ['restored from its parts', (): WordTable => WordTable.fromParts(build(WORDS).toParts())],
  ])('%s: finds every word at its id, and gives it back by id', (_, make) => {
    const table = make();
    WORDS.forEach((word, id) => {
      const codes = codesOf(`x${word}x`);
      expect(table.lookup(codes, 1, codes.length - 1)).toBe(id);
      expect(table.lookupHashed(codes, 1, codes.length - 1, false, hashWord(codes, 1, codes.length - 1))).toBe(id);
      expect(table.word(id)).toBe(word);
    });
    expect(table.get('روسي')).toBe(-1);
    expect(table.get(`${WORDS[0]}x`)).toBe(-1);
  });

  test('a word read with the article restored: «للامن» finds «الامن»', () => {
    const table = build(['الامن', 'لامن']);
    const codes = codesOf('للامن');
    expect(table.lookup(codes, 1, codes.length, true)).toBe(0);
    expect(table.lookup(codes, 1, codes.length)).toBe(1);
    expect(table.lookup(codes, 2, codes.length)).toBe(-1);
  });

  test('restored from its parts, it takes new words and still finds the old ones', () => {
    const table = WordTable.fromParts(build(WORDS.slice(0, 100)).toParts());
    WORDS.slice(100).forEach((word, i) => expect(table.add(word)).toBe(100 + i));
    WORDS.forEach((word, id) => expect(table.get(word)).toBe(id));
  });
});

describe('PhraseTrie', () => {
  /** Word-id paths: one-word forms (root steps only), and a quarter of three words sharing their first steps. */
  const PATHS = Array.from({ length: 400 }, (_, i) => Array.from({ length: i % 4 === 0 ? 3 : 1 }, (_, k) => (i * 7 + k * 13) % 97));

  const build = (paths: number[][]): PhraseTrie => {
    const trie = new PhraseTrie(paths.length);
    paths.forEach((path, form) => {
      const node = trie.insert(path);
      trie.nodeForm[node] = form;
    });
    return trie;
  };
  /** The form at the end of a path, or -1. */
  const find = (trie: PhraseTrie, path: readonly number[]): number => {
    let node = 0;
    for (const word of path) {
      node = trie.child(node, word);
      if (node < 0) return -1;
    }
    return trie.nodeForm[node] as number;
  };
  /** Each path's form as the trie gives it (a path inserted twice gives the later form). */
  const expected = (paths: number[][]): number[] => {
    const last = new Map(paths.map((path, form) => [path.join(), form]));
    return paths.map((path) => last.get(path.join()) as number);
  };

  test.each([
    ['built path by path', (): PhraseTrie => build(PATHS)],
    ['over its parts (the compiled file, read in place)', (): PhraseTrie => PhraseTrie.over(build(PATHS).toParts())],
    ['restored from its parts', (): PhraseTrie => PhraseTrie.fromParts(build(PATHS).toParts())],
  ])('%s: every path leads to its form', (_, make) => {
    const trie = make();
    expect(PATHS.map((path) => find(trie, path))).toEqual(expected(PATHS));
    expect(find(trie, [98])).toBe(-1);
    expect(find(trie, [0, 98])).toBe(-1);
    expect(trie.rootChild(5000)).toBe(-1);
  });

  test('its parts hold an edge table at most half full, smaller than the one sized for every form', () => {
    const trie = build(PATHS);
    const parts = trie.toParts();
    const slots = parts.edges.length / 3;
    let edges = 0;
    for (let at = 0; at < parts.edges.length; at += 3) if (parts.edges[at] !== -1) edges++;
    expect(edges * 2).toBeLessThanOrEqual(slots);
    expect(slots).toBeLessThan(1024);
    expect(edges + Array.from(parts.root).filter((child) => child >= 0).length).toBe(parts.nodeForm.length - 1);
  });

  test('restored from its parts, it takes new paths and still finds the old ones', () => {
    const trie = PhraseTrie.fromParts(build(PATHS.slice(0, 100)).toParts());
    PATHS.slice(100).forEach((path, i) => {
      const node = trie.insert(path);
      trie.nodeForm[node] = 100 + i;
    });
    expect(PATHS.map((path) => find(trie, path))).toEqual(expected(PATHS));
  });
});

describe('blockReader', () => {
  test('cuts each value once, across blocks, and gives the same string again', () => {
    const values = Array.from({ length: 700 }, (_, i) => `country:${i}`);
    const column = createStringColumn(values);
    let decoded = 0;
    const read = blockReader(
      values.length,
      (first, end) => column.offsets.slice(first, end + 1),
      (from, to) => {
        decoded++;
        return column.text.slice(from, to);
      },
    );
    expect(values.map((_, i) => read(i))).toEqual(values);
    expect(decoded).toBe(3);
    const first = read(300);
    expect(read(300)).toBe(first);
    expect(decoded).toBe(3);
  });
});

function build(words: readonly string[]): WordTable {
  const table = new WordTable(4);
  words.forEach((word, id) => expect(table.add(word)).toBe(id));
  return table;
}
