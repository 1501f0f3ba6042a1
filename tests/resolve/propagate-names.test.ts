import { expectExtracted, extractor } from '../support/extracted-text';

describe('propagate-names: a later bare surname is the same person', () => {
  test('before and after the full name, with proclitics peeled', () => {
    expectExtracted('[شمخاني](PERSON) : رفض\n\nاكد [علي شمخاني](PERSON) ذلك واستعرض [شمخاني](PERSON) وقال ل[شمخاني](PERSON)');
  });

  test('the propagated mention links to the full name', () => {
    const entities = extractor.extract('وصل نيكولاي باتروشيف امس. واعتبر باتروشيف ان');
    const bare = entities.find((e) => e.text === 'باتروشيف');
    expect(bare).toMatchObject({ type: 'PERSON', canonical: 'نيكولاي باتروشيف', source: { kind: 'propagation' } });
  });

  test('a common given name never propagates', () => {
    expectExtracted('وصل [علي شمخاني](PERSON) امس. واكد علي ضرورة');
  });

  test.each(['وصل الرئيس [حسني مبارك](PERSON) امس . واستقبل [مبارك](PERSON) الوفد', 'صدرت رواية ل[نجيب محفوظ](PERSON) عام 1974 . وراهن [محفوظ](PERSON) على الكتابة'])(
    'a given name closing a full name is its family name, and propagates: %s',
    (expected) => expectExtracted(expected),
  );
});
