import fc from 'fast-check';
import { createCandidate, type Candidate } from '../../src/candidate';
import { createOverlapScratch, resolveOverlaps } from '../../src/resolve/resolve-overlaps';

/**
 * resolveOverlaps keeps a candidate exactly when no kept candidate that ranks before it (longer,
 * then higher priority, then higher score, then earlier start; the input order last) shares a token
 * with it, and returns the kept ones by start. That holds whether a candidate overlaps others or
 * none: the ones overlapping nothing are kept without being ranked.
 */
const TOKENS = 12;
const candidates = fc.array(
  fc.record({ tokStart: fc.integer({ min: 0, max: TOKENS - 1 }), length: fc.integer({ min: 1, max: 4 }), priority: fc.integer({ min: 0, max: 3 }), score: fc.constantFrom(0.5, 0.8, 1) }),
  { maxLength: 14 },
);

// Token t spans characters [4t, 4t + 3) of the folded text.
function build(specs: { tokStart: number; length: number; priority: number; score: number }[]): Candidate[] {
  return specs.map(({ tokStart, length, priority, score }) => {
    const tokEnd = Math.min(tokStart + length, TOKENS);
    return createCandidate({ type: 'PERSON', tokStart, tokEnd, start: tokStart * 4, end: tokEnd * 4 - 1, entry: -1, source: undefined, score, priority, canonical: undefined });
  });
}

function ranksBefore(a: Candidate, b: Candidate, order: Map<Candidate, number>): boolean {
  const key = (c: Candidate): number[] => [-(c.end - c.start), -c.priority, -c.score, c.start, order.get(c) as number];
  const ka = key(a);
  const kb = key(b);
  for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return (ka[i] as number) < (kb[i] as number);
  return false;
}

describe('resolveOverlaps: the longest span wins, then priority, score, start', () => {
  test('a candidate is kept exactly when no kept one ranking before it shares a token', () => {
    fc.assert(
      fc.property(candidates, (specs) => {
        const list = build(specs);
        const order = new Map(list.map((c, i) => [c, i]));
        const { kept } = resolveOverlaps(list, TOKENS);
        const isKept = new Set(kept);
        for (const c of list) {
          const blocked = kept.some((k) => k !== c && ranksBefore(k, c, order) && k.tokStart < c.tokEnd && c.tokStart < k.tokEnd);
          expect({ c, kept: isKept.has(c) }).toEqual({ c, kept: !blocked });
        }
        expect(kept.map((k) => k.start)).toEqual([...kept.map((k) => k.start)].sort((a, b) => a - b));
      }),
      { numRuns: 2000 },
    );
  });

  test('«الولايات المتحدة» over «المتحدة»; a lone «موسكو» kept beside them', () => {
    // Tokens: 0 الولايات, 1 المتحدة, 2 و, 3 موسكو.
    const [both, second, moscow] = build([
      { tokStart: 0, length: 2, priority: 0, score: 1 },
      { tokStart: 1, length: 1, priority: 3, score: 1 },
      { tokStart: 3, length: 1, priority: 0, score: 1 },
    ]);
    expect(resolveOverlaps([moscow, second, both] as Candidate[], 4).kept).toEqual([both, moscow]);
  });

  test('one scratch reused call after call (as an extractor reuses it) gives what a fresh one gives, nested losers too', () => {
    const scratch = createOverlapScratch();
    fc.assert(
      fc.property(candidates, (specs) => {
        const list = build(specs);
        const reused = resolveOverlaps(list, TOKENS, true, scratch);
        const fresh = resolveOverlaps(list, TOKENS, true);
        expect(reused.kept).toEqual(fresh.kept);
        expect([...reused.inner.entries()]).toEqual([...fresh.inner.entries()]);
        expect(scratch.cover.every((n) => n === 0) && scratch.owner.every((o) => o === -1)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
