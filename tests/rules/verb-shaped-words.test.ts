import { expectExtracted } from '../support/extracted-text';

describe('isVerbShaped: a future or an imperfect plural is no name unless a lexicon says so', () => {
  test.each([
    'الوزير سيزور [القاهرة](PLACE) الاسبوع المقبل',
    'الوزير سيلتقي نظيره غدا',
    'الرئيس سيبحث الملف مع الحكومة',
    'الوزير [أنتوني بلينكن](PERSON) سيزور [القاهرة](PLACE)',
    'الشركة ستفتتح فرعا جديدا',
    'قال الوزير سنتابع الملف',
    'وقال الرئيس وسيلتقي الوفد',
  ])('no verb after a title or a descriptor: %s', (expected) => expectExtracted(expected));

  test.each([
    // Names the lexicon holds keep their reading, and unknown foreign names whose «verb» is no word.
    'التقى الرئيس [سيرغي ستيفانوفيتش](PERSON) امس',
    'قال اللاعب [ستيفانو](PERSON) ان',
    'وصرح الوزير [سيرغي لافروف](PERSON) بان',
    // After a place cue the word is a noun whatever its shape (invented village).
    'ولد في قرية [سيزور](PLACE) الصغيرة',
  ])('names that open like a future stay names: %s', (expected) => expectExtracted(expected));
});
