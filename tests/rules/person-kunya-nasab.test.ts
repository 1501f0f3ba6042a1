import { expectExtracted } from '../support/extracted-text';

describe('person names: a kunya belongs to the name, a nasab chain runs to its family name (invented sentences)', () => {
  test.each([
    // «أبو خالد» is a lexicon person; the chain in the text runs past it.
    'قال [أبو خالد الحمصي](PERSON) ان الهجوم فشل',
    'وصل [أبو خالد الحمصي](PERSON) امس',
    'أعلن [أبو محمد العدناني](PERSON) امس ان',
  ])('kunya: %s', (expected) => expectExtracted(expected));

  test.each([
    'قال [عبد الرحمن بن ناصر الفهيد](PERSON) ان',
    'وصل [خالد بن سعد الدوسري](PERSON) امس',
    'قالت [فاطمة بنت محمد العتيبي](PERSON) ان',
    // A common word after the chain is no family name.
    'وقال [محمد بن سلمان](PERSON) الجديد في الامر',
  ])('nasab: %s', (expected) => expectExtracted(expected));
});
