import { expectExtracted } from '../support/extracted-text';

describe('person-coordination: a known name joined by و to a person', () => {
  test.each([
    // TRAIN80.
    'ووصف [عنان](PERSON) و[صبري](PERSON) المحادثات بانها',
    'وكان [عمرو موسى](PERSON) و[عبد الرحمن](PERSON) في استقبال الوفد',
  ])('%s', (expected) => expectExtracted(expected));
});
