import { expectExtracted } from '../support/extracted-text';

describe('person-honorific: the name before a religious honorific', () => {
  test.each([
    'زار ضريح [الرضا](PERSON) ( عليه السلام ) في [مشهد](PLACE)',
    'وقد ولد [الرضا](PERSON) عليه السلام في المدينة',
    'قرب مرقد [الكاظم](PERSON) ( ع ) في',
    // WikiFANE.
    'رجل حكيم في بلاد العرب هو [محمد](PERSON) ( صلى الله عليه وسلم ) ,',
  ])('%s', (expected) => expectExtracted(expected));

  test.each(['ان رسول الله صلى الله عليه وسلم قال', 'زار أهل البيت عليهم السلام', 'كتب حرف ع في'])('a title, a plain word, or «ع» without its parentheses: %s', (expected) =>
    expectExtracted(expected),
  );
});
