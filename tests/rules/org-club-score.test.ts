import { expectExtracted } from '../support/extracted-text';

describe('org-club-score: a city before a score is a club', () => {
  test.each(['وتعادل مع [بورتو](ORGANIZATION) 1 - 1 في', 'خسر امام [كوبنهاغن](ORGANIZATION) صفر - 3 .'])('%s', (expected) => expectExtracted(expected));
  test.each(['وصل الى [ليون](PLACE) 1 تشرين', 'فازت [فرنسا](COUNTRY) 2 - 1 على'])('no score, or a country (its national team): %s', (expected) => expectExtracted(expected));
});
