import type { ExtractorOptions } from '../../src/index';

/** A small custom lexicon without the bundled one, so expectations do not move when the lexicon grows. */
export const TEST_OPTIONS: ExtractorOptions = {
  bundledLexicon: false,
  entries: [
    { type: 'COUNTRY', name: 'روسيا', id: 'country:RU' },
    { type: 'COUNTRY', name: 'ايران', id: 'country:IR' },
    { type: 'PLACE', name: 'موسكو', id: 'place:moscow' },
    { type: 'PERSON', name: 'علي شمخاني', id: 'person:shamkhani' },
  ],
};

/** Writes entities into their text in the test notation: 'اكد [علي شمخاني](PERSON) في [موسكو](PLACE)'. */
export { renderAnnotated as annotate } from '../support/annotated-text';
