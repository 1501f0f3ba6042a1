import { shapeArabic } from '../../src/format/shape-arabic';

const codes = (s: string): string[] => [...s].map((c) => `U+${(c.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`);

describe('shapeArabic', () => {
  test('letters take their contextual forms: «سلم» → initial, medial, final', () => {
    const shaped = shapeArabic('سلم');
    expect(codes(shaped.text)).toEqual(['U+FEB3', 'U+FEE0', 'U+FEE2']);
    expect(Array.from(shaped.sourceIndex)).toEqual([0, 1, 2]);
  });

  test('lam + alef become one ligature and the map skips the alef: «سلام»', () => {
    const shaped = shapeArabic('سلام');
    // seen initial, lam-alef final ligature, meem isolated (alef does not join to the left)
    expect(codes(shaped.text)).toEqual(['U+FEB3', 'U+FEFC', 'U+FEE1']);
    expect(Array.from(shaped.sourceIndex)).toEqual([0, 1, 3]);
  });

  test('non-Arabic text passes through with an identity map', () => {
    const shaped = shapeArabic('New York 2017');
    expect(shaped.text).toBe('New York 2017');
    expect(Array.from(shaped.sourceIndex)).toEqual([...'New York 2017'].map((_, i) => i));
  });
});
