import { expectExtracted } from '../support/extracted-text';

// The name reader that the person rules share (src/rules/helpers/read-person-name.ts), seen through them.
describe('readPersonName: where a name ends', () => {
  test.each([
    'ورافق الرئيس [زاويدوف](PERSON) لإقناعهم بالعودة',
    'وقال الوزير [سمير القنطار](PERSON) يمارسها',
    'وعاد الشيخ [سالم العبادي](PERSON) لدفنها امس',
    'الشيخ [محمد بن جابر الجلاهم](PERSON)',
  ])('a word with an attached pronoun ends the name, a family name with the article does not: %s', (expected) => expectExtracted(expected));

  test.each([
    'وقال المدرب [إندرياس فالكيرو](PERSON) امس',
    'وقال [ماورو](PERSON) بالامس ان',
    'وسدد المهاجم [بول ماتفيينكو](PERSON) التقطها الحارس',
  ])('after a foreign name, a word unknown whole and without its first letter is more of the name, unless it takes the article: %s', (expected) =>
    expectExtracted(expected),
  );
});
