import { expectExtracted } from '../support/extracted-text';

describe('trim-country-state: the word «state» stays outside a country', () => {
  test.each([
    'زيارة قصيرة الى دولة [الكويت](COUNTRY) تستمر',
    'في دولة [قطر](COUNTRY) وقد',
    'وفي دولة [الإمارات العربية المتحدة](COUNTRY)',
    'اعترفت ب[الدولة العبرية](COUNTRY)',
  ])('%s', (expected) => expectExtracted(expected));
});
