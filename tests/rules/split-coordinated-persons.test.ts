import { createExtractor } from '../../src/extractor';
import { expectExtractedBy } from '../support/extracted-text';

/**
 * split-coordinated-persons: a person the model reads across «و» into a next name is two persons,
 * «[محمد ب.] و[هشام]» (the first row is a TRAIN80 sentence the shipped model reads as one person);
 * a name one of whose words starts with «و» as it stands stays whole. The other sentences are invented.
 */
describe('split-coordinated-persons', () => {
  const extractor = createExtractor();

  test.each([
    'وتوجه [محمد ب.](PERSON) و[هشام](PERSON) ل. الى وكالات بنكية من أجل فتح حسابات .',
    // «وليد», «وجدي» and «ولد» are words of the name: the lexicon knows them whole.
    'وقال المدرب [خالد وليد](PERSON) ان الفريق جاهز .',
    'وصرح اللاعب [احمد وجدي](PERSON) بانه سيرحل .',
    'وقال الرئيس [محمد ولد عبد العزيز](PERSON) ان البلاد تمر بازمة .',
    'وفتح [سعد بن ابي وقاص](PERSON) المدائن .',
  ])('%s', (expected) => {
    expectExtractedBy(extractor, expected);
  });

  test('the name after «و» records the split as its source; the first keeps the model', () => {
    const [first, second] = extractor.extract('وتوجه محمد ب. وهشام ل. الى وكالات بنكية من أجل فتح حسابات .');
    expect(first.source.kind).toBe('model');
    expect(second.source).toMatchObject({ kind: 'rule', id: 'split-coordinated-persons' });
    expect(second.source.detail).toMatch(/^split from a model person at «و»/);
  });
});
