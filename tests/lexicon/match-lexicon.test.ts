import { createExtractor } from '../../src/extractor';
import type { LexiconEntryInput } from '../../src/types';
import { parseAnnotated, renderAnnotated } from '../support/annotated-text';

const ENTRIES: LexiconEntryInput[] = [
  { type: 'COUNTRY', name: 'روسيا', id: 'country:RU' },
  { type: 'COUNTRY', name: 'سوريا', id: 'country:SY' },
  { type: 'COUNTRY', name: 'العراق', id: 'country:IQ' },
  { type: 'COUNTRY', name: 'فرنسا', id: 'country:FR' },
  { type: 'COUNTRY', name: 'لبنان', id: 'country:LB' },
  { type: 'COUNTRY', name: 'بريطانيا', id: 'country:GB' },
  { type: 'COUNTRY', name: 'كندا', id: 'country:CA' },
  { type: 'COUNTRY', name: 'فلسطين', id: 'country:PS' },
  { type: 'COUNTRY', name: 'الولايات المتحدة', variants: ['الولايات المتحدة الأمريكية', 'أمريكا', 'اميركا'], id: 'country:US' },
  { type: 'PLACE', name: 'موسكو', id: 'place:moscow' },
  { type: 'PLACE', name: 'لندن', id: 'place:london' },
  { type: 'ORGANIZATION', name: 'الأمن العام', id: 'org:public-security' },
  // Decoys: a name hiding inside another word must not be peeled out of it.
  { type: 'PERSON', name: 'ندا', id: 'person:nada' },
  { type: 'PERSON', name: 'بنان', id: 'person:banan' },
  { type: 'PLACE', name: 'رنسا', id: 'place:decoy' },
];
const extractor = createExtractor({ bundledLexicon: false, entries: ENTRIES });
const annotate = (text: string): string => renderAnnotated(text, extractor.extract(text));

describe('matchLexicon: proclitics peel only when what remains is a name', () => {
  test.each([
    'زار [روسيا](COUNTRY) و[روسيا](COUNTRY)',
    'وصل ب[موسكو](PLACE) قادما من [لندن](PLACE)',
    'الحليفة ل[سوريا](COUNTRY)، في [سوريا](COUNTRY) و[العراق](COUNTRY)',
    'ب[العراق](COUNTRY) وب[العراق](COUNTRY) فب[العراق](COUNTRY) وك[العراق](COUNTRY)',
    'مدير ل[لامن العام](ORGANIZATION) اليوم',
    'زار [فرنسا](COUNTRY) و[لبنان](COUNTRY) و[بريطانيا](COUNTRY) و[كندا](COUNTRY) و[فلسطين](COUNTRY)',
    'و[فرنسا](COUNTRY) ف[لبنان](COUNTRY)',
  ])('%s', (expected) => {
    expect(annotate(parseAnnotated(expected).text)).toBe(expected);
  });
});

describe('matchLexicon with the bundled lexicon: common words stay whole', () => {
  const bundled = createExtractor();
  test.each([
    'اعلنت ولاية [تكساس](PLACE)',
    'زار [فرنسا](COUNTRY) و[لبنان](COUNTRY) و[بريطانيا](COUNTRY) و[كندا](COUNTRY) و[فلسطين](COUNTRY)',
    'في [روسيا](COUNTRY) و[العراق](COUNTRY) ب[موسكو](PLACE) ل[سوريا](COUNTRY)',
  ])('%s', (expected) => {
    const { text } = parseAnnotated(expected);
    expect(renderAnnotated(text, bundled.extract(text))).toBe(expected);
  });
});

describe('matchLexicon: multi-word forms, longest match, variants', () => {
  test.each([
    'في [الولايات المتحدة](COUNTRY) و[الولايات المتحدة الأمريكية](COUNTRY) و[أمريكا](COUNTRY) و[اميركا](COUNTRY)',
    'ب[الولايات المتحدة](COUNTRY) والولايات الاخرى',
    'في [امريكا](COUNTRY) و[أميركا](COUNTRY)',
    'في [إمريكَا](COUNTRY)',
  ])('%s', (expected) => {
    expect(annotate(parseAnnotated(expected).text)).toBe(expected);
  });

  test('a name across a line break is two lines, not one name', () => {
    expect(annotate('الولايات\nالمتحدة')).toBe('الولايات\nالمتحدة');
  });

  test('entities carry id, canonical and provenance', () => {
    const [entity] = extractor.extract('وصل الى اميركا');
    expect(entity).toMatchObject({
      type: 'COUNTRY',
      text: 'اميركا',
      normalized: 'اميركا',
      id: 'country:US',
      canonical: 'الولايات المتحدة',
      source: { kind: 'lexicon', id: 'country:US' },
    });
  });
});
