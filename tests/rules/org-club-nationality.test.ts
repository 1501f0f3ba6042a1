import { expectExtracted, sourceOf } from '../support/extracted-text';

describe('org-club-nationality: a city with a masculine nationality adjective is a club', () => {
  test.each(['خسر [برشلونة](ORGANIZATION) امام [ليون](ORGANIZATION) الفرنسي صفر', 'وتعادل [ميلان](ORGANIZATION) الايطالي مع ضيفه', 'فاز [بورتو](ORGANIZATION) البرتغالي على ضيفه'])(
    '%s',
    (expected) => expectExtracted(expected),
  );
  test.each(['زار الوفد [ليون](PLACE) الفرنسية امس', 'في مدينة [ليون](PLACE) الفرنسي', 'الى [مطار دمشق الدولي](PLACE)'])('a feminine adjective or a place cue keeps the city: %s', (expected) =>
    expectExtracted(expected),
  );
  test('provenance names the rule', () => {
    expect(sourceOf('وتعادل ميلان الايطالي مع ضيفه', 'ميلان')).toBe('org-club-nationality');
  });
});
