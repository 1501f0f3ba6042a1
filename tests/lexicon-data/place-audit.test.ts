import { expectExtracted } from '../support/extracted-text';

describe('the place audit of the lexicon build: names that are something else first (invented sentences)', () => {
  test.each([
    // A variant that is a common word and a club: «النصر» of the village «البيوك».
    'فاز النصر على ضيفه في [الرياض](PLACE)',
    // A one-word place named like a person matches only after a place cue.
    'يعيش جمال في [القاهرة](PLACE) منذ سنوات',
    // The news agency is no variant of «وادي موسى».
    'ذكرت وكالة الأنباء الأردنية بترا ان',
  ])('no place: %s', (expected) => expectExtracted(expected, ['PLACE']));

  test.each([
    'وقالت [بترا](ORGANIZATION) ان الوزير وصل',
  ])('the agency: %s', (expected) => expectExtracted(expected, ['ORGANIZATION']));

  test.each([
    'زار السياح مدينة [البتراء](PLACE) الأثرية',
    'ولد في مدينة [جمال](PLACE) التونسية',
  ])('the places themselves stay: %s', (expected) => expectExtracted(expected, ['PLACE']));
});
