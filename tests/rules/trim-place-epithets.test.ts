import { expectExtracted } from '../support/extracted-text';

describe('trim-place-epithets: an honorific epithet stays outside a place', () => {
  test.each(['في [مكة](PLACE) المكرمة امس', 'توجه الى [مكة](PLACE) المكرمة لاداء العمرة', 'زار [النجف الأشرف](PLACE) امس'])('%s', (expected) =>
    expectExtracted(expected),
  );
});
