import { expectExtracted } from '../support/extracted-text';

describe('place-construct: a place homograph heading a construct is a noun', () => {
  test.each(['والحد من تاثير الممارسات المدمرة لحماة الارهاب التكفيري', 'نشرت صور الاقمار الصناعية'])('no place: %s', (expected) => expectExtracted(expected));

  test.each(['وصل الى [حماة](PLACE) امس', 'في مدينة [حماة](PLACE) السورية', 'زار [حماة](PLACE) السورية', 'اجتاحت القوات [حماة](PLACE) ثم'])('%s', (expected) =>
    expectExtracted(expected),
  );
});
