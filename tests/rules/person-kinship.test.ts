import { expectExtracted, sourceOf } from '../support/extracted-text';

describe('person-kinship: a lone given name before a kinship noun (invented sentences)', () => {
  test.each([
    'وصلت [فاطمة](PERSON) شقيقة الضحية الى المستشفى',
    'وكان [أحمد](PERSON) شقيق المتهم حاضرا',
    'حضرت [سلمى](PERSON) والدة الطفل الجلسة',
    'وروت [مريم](PERSON) زوجة القتيل ما جرى',
    'وكان [أحمد](PERSON) شقيقه الاكبر',
    // A given name that is also a word: the kinship noun is context enough.
    'وصلت [أمل](PERSON) والدة الطفل',
  ])('%s', (expected) => expectExtracted(expected));

  test.each([
    // A longer name is the name chain's; the kinship rule adds nothing inside it.
    'وصل [محمد أحمد](PERSON) شقيق الضحية',
    // No noun after the kinship word, no pronoun on it: the clause goes on.
    'كان جمال زوج من قبل',
  ])('%s', (expected) => expectExtracted(expected));

  test.each([
    // «جده» is Jeddah to the lexicon, not «his grandfather»: «حجر» (a lap) is no name here.
    'ونشأ في حجر جده الامام',
  ])('persons only: %s', (expected) => expectExtracted(expected, ['PERSON']));

  test('provenance names the rule', () => {
    expect(sourceOf('وصلت فاطمة شقيقة الضحية', 'فاطمة')).toBe('person-kinship');
  });
});
