import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { annotate } from './annotate';
import { readConll } from '../../src/eval/read-conll';
import type { ConllSentence } from '../../src/eval/types';
import { buildCorpus } from '../../bench/lib/build-corpus';
import { joinDocument } from '../../bench/lib/join-document';
import { locateTokens } from '../../bench/lib/locate-tokens';
import { readLexiconEntries } from '../../bench/lib/read-lexicon-entries';
import { createTempDir } from '../support/create-temp-dir';

/** «في/O ألمانيا/B-LOC» → a sentence read by the library's CoNLL reader (IOB1 I- read as B-). */
function sentence(line: string): ConllSentence {
  const conll = line
    .split(' ')
    .map((pair) => pair.split('/'))
    .map(([token, tag]) => `${token}\t${tag ?? 'O'}\n`)
    .join('');
  return readConll(conll)[0] as ConllSentence;
}

describe('joinDocument', () => {
  it.each([
    [['في/O ألمانيا/B-LOC امس/O'], 'في [ألمانيا](LOC) امس'],
    [['اكد/O علي/B-PER شمخاني/I-PER'], 'اكد [علي شمخاني](PER)'],
    // MISC has no alam type: dropped from the gold.
    [['العرب/B-MISC في/O مصر/B-LOC'], 'العرب في [مصر](LOC)'],
    // An I- after O opens a chunk (IOB1 style); sentences are joined with a newline.
    [['قال/O بوش/I-PER', 'في/O الامم/B-ORG المتحدة/I-ORG'], 'قال [بوش](PER)\nفي [الامم المتحدة](ORG)'],
    // Adjacent chunks of different types stay apart.
    [['وزير/O خارجية/O روسيا/B-LOC لافروف/B-PER'], 'وزير خارجية [روسيا](LOC) [لافروف](PER)'],
  ])('%j → %s', (lines, annotated) => {
    const { text, gold } = joinDocument(lines.map(sentence));
    expect(annotate(text, gold)).toBe(annotated);
  });
});

describe('locateTokens', () => {
  it.each([
    ['زار موسكو،', ['زار', 'موسكو', '،'], [[0, 3], [4, 9], [9, 10]]],
    ['ا ا ا', ['ا', 'ا'], [[0, 1], [2, 3]]],
    ['زار موسكو', ['زار', 'لندن', 'موسكو'], [[0, 3], [-1, -1], [4, 9]]],
  ])('%s', (text, values, expected) => {
    expect(locateTokens(text, values)).toEqual(expected);
  });
});

describe('buildCorpus', () => {
  const dir = createTempDir('alam-bench-corpus-');

  it('reads the sources with the library reader: a malformed row is an error naming the file and line', () => {
    const file = path.join(dir, 'bad.conll');
    writeFileSync(file, 'في\tO\nمصر B-LOC\n');
    expect(() => buildCorpus({ sources: [file], outDir: path.join(dir, 'bad'), targetBytes: 100, bigBytes: 10 })).toThrow(`${file}:2: expected TOKEN<TAB>TAG`);
  });

  it('groups sentences in documents, repeats them past the byte target and writes one large document', () => {
    const file = path.join(dir, 'ok.conll');
    const lines: string[] = [];
    for (let i = 0; i < 25; i += 1) lines.push(`جملة\tO\nرقم\tO\n${i}\tO\n`);
    writeFileSync(file, lines.join('\n'));
    const out = path.join(dir, 'out');
    const corpus = buildCorpus({ sources: [file], outDir: out, targetBytes: 2000, bigBytes: 500, docSentences: 10 });
    const docs = readFileSync(corpus.docsFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
    expect(docs.length).toBe(corpus.docs);
    expect(corpus.docBytes).toBeGreaterThanOrEqual(2000);
    // 25 sentences → 3 documents per copy (10, 10, 5 sentences).
    expect(docs.length).toBe(3 * corpus.copies);
    expect(new Set(docs.map((d) => d.text.split('\n').length))).toEqual(new Set([10, 5]));
    expect(Buffer.byteLength(readFileSync(corpus.bigFile, 'utf8'))).toBeGreaterThanOrEqual(500);
  });
});

describe('readLexiconEntries', () => {
  const column = (values: string[]): { text: string; offsets: Int32Array } => {
    const offsets = new Int32Array(values.length + 1);
    values.forEach((v, i) => {
      offsets[i + 1] = (offsets[i] as number) + v.length;
    });
    return { text: values.join(''), offsets };
  };

  it('reads types, tab-separated forms, flags and ranks of a decoded artifact', () => {
    const artifact = {
      format: 'alam-lexicon@3',
      entryTypes: 'CPM',
      entryForms: column(['ألمانيا\tالمانيا', 'موسكو', 'محمد']),
      entryFlags: Int32Array.from([0, 2, 0]),
      entryRanks: Int32Array.from([1000, 5000, 0]),
    };
    expect(readLexiconEntries(artifact, 'lexicon.bin')).toEqual([
      { type: 'COUNTRY', forms: ['ألمانيا', 'المانيا'], flags: 0, rank: 1000 },
      { type: 'PLACE', forms: ['موسكو'], flags: 2, rank: 5000 },
      { type: 'NAME', forms: ['محمد'], flags: 0, rank: 0 },
    ]);
  });

  it('names the file when the columns disagree, a type code is unknown or it is no artifact', () => {
    const base = { entryTypes: 'CP', entryForms: column(['مصر']), entryFlags: Int32Array.from([0, 0]), entryRanks: Int32Array.from([0, 0]) };
    expect(() => readLexiconEntries(base, 'x.bin')).toThrow('x.bin: lexicon columns disagree (2 types, 1 form lists, 2 flags, 2 ranks)');
    expect(() => readLexiconEntries({ ...base, entryTypes: 'CZ', entryForms: column(['مصر', 'زز']) }, 'x.bin')).toThrow('x.bin: entry 1 has unknown type code "Z"');
    expect(() => readLexiconEntries({ format: 'alam-lexicon@9' }, 'x.bin')).toThrow('x.bin: not a decoded alam lexicon (format "alam-lexicon@9"');
  });
});
