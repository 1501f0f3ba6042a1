import { expectExtracted } from '../support/extracted-text';

describe('place-cue: a cue word before a place name', () => {
  test.each([
    'في مدينة [زاويدو](PLACE) الروسية',
    'في منطقة [خان شيخون](PLACE) في [سوريا](COUNTRY)',
    'قرب بلدة [كفرتخاريم](PLACE)',
    'في مدينة [الجزائر](PLACE) عاصمة [الجزائر](COUNTRY)',
  ])('%s', (expected) => expectExtracted(expected));

  test.each(['في مدينة كبيرة', 'في المنطقة الجبلية', 'مدن كثيرة'])('no place after the cue: %s', (expected) => expectExtracted(expected));
});
