import { expectExtracted, extractor } from '../support/extracted-text';

describe('person-nationality: a nationality adjective before a name', () => {
  test.each([
    // TRAIN80 and WikiFANE.
    'ونجم الوسط البرازيلي [إيمرسون](PERSON) لمدة موسمين .',
    'الفرنسي [جيولي](PERSON) صاحب الهدف',
    'الا ان الامبراطور الروماني [تراجان](PERSON) شن حملة',
  ])('%s', (expected) => expectExtracted(expected));

  test.each([
    'بأن الفرنسيين أميل إلى قضاء',
    '[فالنسيا](ORGANIZATION) الإسباني وفنربغشة التركي',
    'في العاصمة الاذرية [باكو](PLACE) نائب',
    'من التراث العماني الجميل تقديرا',
  ])('a plural, a list going on, a place or an article word: %s', (expected) => expectExtracted(expected));

  test('provenance names the rule and the adjective', () => {
    expect(extractor.extract('ونجم الوسط البرازيلي إيمرسون لمدة موسمين .')[0]?.source).toEqual({
      kind: 'rule',
      id: 'person-nationality',
      detail: 'after the nationality «البرازيلي»',
    });
  });
});
