import { createCandidate, respanCandidate, type Candidate } from '../../src/candidate';
import { addCandidate, candidateAt, keepCandidates, replaceCandidate, replaceCandidates, type Doc } from '../../src/document';

// candidateAt and the edits read only the candidates and their index: a document of those is enough here.
const emptyDoc = (): Doc => ({ candidates: [], candidateIndex: undefined }) as unknown as Doc;
const candidate = (type: Candidate['type'], tokStart: number, tokEnd: number): Candidate =>
  createCandidate({ type, tokStart, tokEnd, start: tokStart * 10, end: tokEnd * 10, entry: -1, source: undefined, score: 0.9, priority: 2, canonical: undefined });

describe('the candidates of a document', () => {
  test('candidateAt finds the longest candidate starting at a token, added before or after it was first asked', () => {
    const doc = emptyDoc();
    addCandidate(doc, candidate('PLACE', 2, 3));
    expect(candidateAt(doc, 2)?.tokEnd).toBe(3);
    addCandidate(doc, candidate('ORGANIZATION', 2, 4));
    expect(candidateAt(doc, 2)?.type).toBe('ORGANIZATION');
    expect(candidateAt(doc, 2, new Set(['PLACE']))?.tokEnd).toBe(3);
    expect(candidateAt(doc, 3)).toBeUndefined();
  });

  test('replaceCandidate keeps the position and the index follows the new span', () => {
    const doc = emptyDoc();
    const first = candidate('PERSON', 0, 1);
    const second = candidate('PERSON', 3, 4);
    addCandidate(doc, first);
    addCandidate(doc, second);
    expect(candidateAt(doc, 0)).toBe(first);
    const longer = respanCandidate(first, 0, 2, 0, 20);
    replaceCandidate(doc, first, longer);
    expect(doc.candidates).toEqual([longer, second]);
    expect(candidateAt(doc, 0)).toBe(longer);
    expect(() => replaceCandidate(doc, first, longer)).toThrow(RangeError);
  });

  test('replaceCandidates re-spans in place (a trimmed cue), keepCandidates drops; the index sees both', () => {
    const doc = emptyDoc();
    const titled = candidate('PERSON', 4, 6);
    const place = candidate('PLACE', 8, 9);
    addCandidate(doc, titled);
    addCandidate(doc, place);
    expect(candidateAt(doc, 4)).toBe(titled);
    replaceCandidates(doc, (c) => (c === titled ? respanCandidate(c, 5, 6, 50, 60) : c));
    expect(candidateAt(doc, 4)).toBeUndefined();
    expect(candidateAt(doc, 5)?.tokStart).toBe(5);
    keepCandidates(doc, (c) => c.type !== 'PLACE');
    expect(doc.candidates.map((c) => c.type)).toEqual(['PERSON']);
    expect(candidateAt(doc, 8)).toBeUndefined();
  });
});
