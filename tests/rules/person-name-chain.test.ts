import { expectExtracted, extractor, sourceOf } from '../support/extracted-text';

describe('person-name-chain: given name + name tokens, nasab chains', () => {
  test.each([
    'وصل [نيكولاي باتروشيف](PERSON) امس',
    'استقبل [خليفة بن زايد آل نهيان](PERSON) الوفد',
    'قال [جورج بوش](PERSON) ان',
    // Two foreign name tokens (WikiFANE).
    'وأضاف زميله [ليبرون جيمس](PERSON) 13 نقطة',
    // A family name with the article after an Arabic given name (TRAIN80).
    'من جهته قال المحلل المالي [وضاح الطه](PERSON) ان',
  ])('%s', (expected) => expectExtracted(expected));

  test.each([
    'اكد على ضرورة تنفيذ الاتفاقيات',
    'وهو دليل على الذرائع الاميركية',
  ])('common words are not names: %s', (expected) => expectExtracted(expected));

  test.each([
    'ولد [ميك جونز](PERSON) في 26 يونيو 1955',
    'ولد [مانويل الثاني](PERSON) سنة 1350',
    'الرئيس الموريتاني [محمد ولد عبد العزيز](PERSON)',
  ])('«ولد» first is the verb «was born», inside a name a link: %s', (expected) => expectExtracted(expected));

  test.each([
    // Invented: «روى» folds to «روي», the given name Roy; written with «ى» it is the verb.
    'روى [سالم بن مرزوق](PERSON) الحديث',
    'وروت [سلمى بنت قيس](PERSON) أنها رأت القافلة',
    'حكى [زياد بن عمرو](PERSON) أن القافلة وصلت',
    // Written with «ي», «روي» is the given name Roy.
    'التقى [روي عثمان](PERSON) بالوزير',
  ])('a verb of narration opens no name chain: %s', (expected) => expectExtracted(expected));

  test.each([
    // «إندرياس» is a foreign name, «اديناور» a family name that is no given name.
    'وصل [إندرياس اديناور](PERSON) امس',
    'غير المقيم في [باكو](PLACE) [فارس المفتي](PERSON) والسفير',
  ])('a foreign name followed by a family name that is no given name opens a chain, unless it is a place: %s', (expected) => expectExtracted(expected));

  test.each(['وذلك على حسن الاستضافة والحفاوة', 'أن حبيب القلوب'])('a given name that is also a word takes no family name with the article: %s', (text) => {
    expect(extractor.extract(text).filter((e) => e.type === 'PERSON')).toEqual([]);
  });

  test('provenance', () => {
    expect(sourceOf('وصل نيكولاي باتروشيف امس', 'نيكولاي باتروشيف')).toBe('person-name-chain');
  });
});
