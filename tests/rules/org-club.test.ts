import { expectExtracted } from '../support/extracted-text';

describe('org-club: a club prefix and its city', () => {
  test.each(['تعادل مع [دينامو كييف](ORGANIZATION) في', 'فاز [أولمبيك آسفي](ORGANIZATION) على'])('%s', (expected) => expectExtracted(expected));
  test.each(['وصل الى [كييف](PLACE) امس'])('a city alone stays a place: %s', (expected) => expectExtracted(expected));
});
