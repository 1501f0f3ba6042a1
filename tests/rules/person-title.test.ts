import { expectExtracted, extractor } from '../support/extracted-text';

describe('person-title: a title or role before a name', () => {
  test.each([
    'قال الرئيس [زاويدوف](PERSON) ان',
    'التقى نظيره الروسي [نيكولاي باتروشيف](PERSON) في [موسكو](PLACE)',
    'اكد امين [المجلس الاعلى للامن القومي الايراني](ORGANIZATION) [علي شمخاني](PERSON) ونظيره',
    'وقال رئيس الاتحاد [برند جوتشولك](PERSON) عند اعلان',
    'وصرح الدكتور [أحمد زويل](PERSON) امس',
    'وقال الرئيس السابق [كارتيرو](PERSON) ان',
  ])('%s', (expected) => expectExtracted(expected));

  test.each([
    // A ruler's title takes an article word, a laqab (WikiFANE).
    'وزير الخليفة [المستنصر](PERSON) الفاطمى ببعض اصلاحات',
    'و يقول القديس [ايرونيموس](PERSON) : " ان ترجمة',
    // «الرحالة» is a title only with a nationality after it (WikiFANE).
    'من هم الرحالة الدانماركي [رونكاير](PERSON) عام 1912 .',
  ])('a ruler, a saint, a title that needs a nationality: %s', (expected) => expectExtracted(expected));

  test.each([
    'وقال الرئيس الجديد ان الحكومة',
    'اجتمع الرئيس مع الوزراء',
    'ان رئيس الوزراء في اجتماع',
    'في العالم زاويدوف',
    'قال الرئيس المسؤول عن',
  ])('no name after the title: %s', (expected) => expectExtracted(expected));

  test.each([
    // «الفريق» is a rank before a known name, the team before anything else.
    'وقال الفريق [سامي عنان](PERSON) ان الجيش',
    'ان الفريق جاهز للمباراة',
    'وقال المدرب ان الفريق مستعد للمباراة',
  ])('a title that is also a common noun reads only a known name: %s', (expected) => expectExtracted(expected));

  test('provenance names the rule and the title', () => {
    const [person] = extractor.extract('قال الرئيس زاويدوف ان').filter((e) => e.type === 'PERSON');
    expect(person?.source).toEqual({ kind: 'rule', id: 'person-title', detail: 'title «الرئيس» before the name' });
  });
});
