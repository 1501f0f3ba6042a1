import { expectExtracted } from '../support/extracted-text';

describe('place-direction: a direction is not part of the place after it', () => {
  test.each(['قوة دولية في جنوب [لبنان](COUNTRY) ،', 'في شمال [أفريقيا](PLACE)', 'زار [جنوب أفريقيا](COUNTRY)'])('%s', (expected) => expectExtracted(expected));
});
