import fc from 'fast-check';
import type { EntityType } from '../../src/types';
import { evaluateConll, readConll, type ChunkType, type EvalEntity } from '../../src/eval';

interface Segment {
  readonly tokens: readonly string[];
  readonly type: ChunkType | null;
}

const letter = fc.constantFrom('ا', 'ب', 'ت', 'س', 'م', 'ن', 'ر', 'ي', 'ه', 'ل');
const word = fc.tuple(fc.boolean(), fc.array(letter, { minLength: 1, maxLength: 5 })).map(
  // Half the words carry a proclitic و: «وروسيا».
  ([clitic, letters]) => (clitic ? 'و' : '') + letters.join(''),
);
const segment: fc.Arbitrary<Segment> = fc.record({
  tokens: fc.array(word, { minLength: 1, maxLength: 3 }),
  type: fc.constantFrom<ChunkType | null>(null, null, 'PER', 'LOC', 'ORG', 'MISC'),
});
const sentence = fc.array(segment, { minLength: 1, maxLength: 5 });
const corpus = fc.array(sentence, { minLength: 0, maxLength: 12 });

function toConllText(sentences: readonly (readonly Segment[])[]): string {
  return sentences
    .map((segments) =>
      segments
        .flatMap(({ tokens, type }) => tokens.map((t, i) => `${t}\t${type === null ? 'O' : `${i === 0 ? 'B' : 'I'}-${type}`}`))
        .map((line) => `${line}\n`)
        .join(''),
    )
    .join('\n');
}

const ALAM_TYPE: Record<Exclude<ChunkType, 'MISC'>, readonly EntityType[]> = {
  PER: ['PERSON'],
  LOC: ['COUNTRY', 'PLACE'],
  ORG: ['ORGANIZATION'],
};

/**
 * An extractor that knows the gold: for each block it re-derives token offsets from the text alone
 * (lines, then spaces) and returns every scored gold chunk, with a leading و left outside the span like
 * alam does, plus a NATIONALITY on every O token starting with ن (never scored).
 */
function oracle(sentences: readonly (readonly Segment[])[]): (text: string) => EvalEntity[] {
  let next = 0;
  return (text) => {
    const entities: EvalEntity[] = [];
    let lineStart = 0;
    for (const line of text.split('\n')) {
      const segments = sentences[next] ?? [];
      next += 1;
      let offset = lineStart;
      const flat = segments.flatMap((s) => s.tokens.map((token) => ({ token, type: s.type })));
      const words = line.split(' ');
      expect(words).toEqual(flat.map((f) => f.token));
      let position = 0;
      for (const { tokens, type } of segments) {
        const start = offset;
        const end = offset + tokens.join(' ').length;
        const wordStart = (tokens[0] ?? '').startsWith('و') && (tokens[0] ?? '').length > 1 ? start + 1 : start;
        if (type !== null && type !== 'MISC') {
          const choices = ALAM_TYPE[type];
          const alamType = choices[position % choices.length] ?? 'PLACE';
          entities.push({ type: alamType, start: wordStart, end, text: text.slice(wordStart, end) });
        }
        if (type === null && (tokens[0] ?? '').startsWith('ن')) {
          const firstEnd = start + (tokens[0] ?? '').length;
          entities.push({ type: 'NATIONALITY', start, end: firstEnd, text: text.slice(start, firstEnd) });
        }
        offset = end + 1;
        position += 1;
      }
      lineStart += line.length + 1;
    }
    return entities;
  };
}

describe('evaluateConll properties', () => {
  it('an extractor that returns exactly the gold chunks scores 100 at any block size', () => {
    fc.assert(
      fc.property(corpus, fc.integer({ min: 1, max: 7 }), (sentences, blockSize) => {
        const scored = sentences.flat().filter((s) => s.type !== null && s.type !== 'MISC').length;
        const misc = sentences.flat().filter((s) => s.type === 'MISC').length;
        const report = evaluateConll(readConll(toConllText(sentences)), oracle(sentences), { blockSize, errors: true });
        expect(report.micro).toEqual(
          scored === 0
            ? { gold: 0, predicted: 0, correct: 0, precision: 0, recall: 0, f1: 0 }
            : { gold: scored, predicted: scored, correct: scored, precision: 100, recall: 100, f1: 100 },
        );
        expect(report.goldMisc).toBe(misc);
        expect(report.errors).toEqual([]);
        expect(report.projection.crossSentence + report.projection.tokenConflicts).toBe(0);
      }),
    );
  });

  it('for any predictions, errors balance with counts and scores stay within [0, 100]', () => {
    const spans = fc.array(
      fc.record({
        from: fc.nat(),
        length: fc.integer({ min: 1, max: 12 }),
        type: fc.constantFrom<EntityType>('PERSON', 'COUNTRY', 'PLACE', 'ORGANIZATION', 'NATIONALITY'),
      }),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(corpus, spans, fc.integer({ min: 1, max: 7 }), (sentences, picks, blockSize) => {
        const extract = (text: string): EvalEntity[] =>
          picks
            .map(({ from, length, type }) => {
              const start = from % text.length;
              const end = Math.min(text.length, start + length);
              return { type, start, end, text: text.slice(start, end) };
            })
            .filter((e) => e.text.trim() !== '');
        const report = evaluateConll(readConll(toConllText(sentences)), extract, { blockSize, errors: true });
        const count = (kind: string): number => (report.errors ?? []).filter((e) => e.kind === kind).length;
        const { gold, predicted, correct } = report.micro;
        expect(gold).toBe(sentences.flat().filter((s) => s.type !== null && s.type !== 'MISC').length);
        expect(correct).toBeLessThanOrEqual(Math.min(gold, predicted));
        expect(count('false-positive') + count('type-confusion')).toBe(predicted - correct);
        expect(count('miss') + count('type-confusion')).toBe(gold - correct);
        for (const score of [report.micro, report.byType.PER, report.byType.LOC, report.byType.ORG]) {
          for (const value of [score.precision, score.recall, score.f1]) {
            expect(value).toBeGreaterThanOrEqual(0);
            expect(value).toBeLessThanOrEqual(100);
          }
        }
      }),
    );
  });
});
