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

interface SpanLike {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

/** Writes entities into their text in the test notation: 'اكد [علي شمخاني](PERSON) في [موسكو](PLACE)'. */
export function annotate(text: string, entities: readonly SpanLike[]): string {
  let out = '';
  let at = 0;
  for (const e of [...entities].sort((a, b) => a.start - b.start)) {
    out += `${text.slice(at, e.start)}[${text.slice(e.start, e.end)}](${e.type})`;
    at = e.end;
  }
  return out + text.slice(at);
}
