import { expectExtracted } from '../support/extracted-text';

describe('org-descriptor: the name after a descriptor', () => {
  test.each([
    'ذكرت صحيفة [لوموندو](ORGANIZATION) ان',
    'وقالت قناة [العالم](ORGANIZATION) ان',
    'ذكرت صحيفة [الحياة](ORGANIZATION) ان',
    'تعادل فريق [الماص الفاسي](ORGANIZATION) مع',
    'اعلنت شركة [نوكياتا](ORGANIZATION) امس',
    // Quotes close the name whatever its words: a common word, a nisba.
    'وذكرت صحيفة " [المستقبل](ORGANIZATION) " اللبنانية ان الاجتماع تأجل',
    'وقالت قناة " [العربية](ORGANIZATION) " ان الوفد وصل',
  ])('%s', (expected) => expectExtracted(expected));

  test.each([
    // No closing quote within four words: no name is read.
    'وقالت صحيفة " المستقبل هو ما نصنعه اليوم بايدينا كلنا',
  ])('no organization without its closing quote: %s', (expected) => expectExtracted(expected));

  test.each([
    'ذكرت الصحيفة ان',
    'قالت شركة كبيرة',
    'فاز الفريق الاحمر',
    'تعمل فيها شركات اجنبية',
    // A definite descriptor is the company already named: the word after it is the next phrase.
    'أقرض [مصرف الراجحي](ORGANIZATION) الشركة مبلغا كبيرا',
    'ودفعت الحركة ثمنا باهظا',
  ])('no organization: %s', (expected) => expectExtracted(expected));
});
