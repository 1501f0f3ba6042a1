import { expectExtracted } from '../support/extracted-text';

describe('trim-place-cues: generic cue words stay outside a place', () => {
  test.each(['صعدوا الى جبل [قاسيون](PLACE) امس', 'على ضفاف نهر [بردى](PLACE) في [دمشق](PLACE)', 'في قطاع [غزة](PLACE) امس'])('%s', (expected) =>
    expectExtracted(expected),
  );
});
