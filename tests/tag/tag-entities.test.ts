import { createExtractor } from '../../src/extractor';
import { parseAnnotated, renderAnnotated } from '../support/annotated-text';

// The tagger stage: invented sentences. The model finds names that no list holds and that no rule
// reaches (a foreign surname with no title before it), and leaves the lexicon its say on links.
const extractor = createExtractor();
const rulesOnly = createExtractor({ model: false });
const withNested = createExtractor({ nested: true });

const expectTagged = (expected: string): void => {
  const { text } = parseAnnotated(expected);
  expect(renderAnnotated(text, extractor.extract(text))).toBe(expected);
};

describe('tag-entities: the learned tagger in the pipeline', () => {
  test.each([
    'لكن [كوزلوفسكي](PERSON) لاحظ ان الفريق خسر المباراة',
    'وختم [ماكفارلين](PERSON) بالقول ان الحكومة ستعمل',
    'قال المدرب ان [ستيفانوفيتش](PERSON) سجل هدفين في مرمى الفريق',
  ])('a name no list holds: %s', (expected) => {
    expectTagged(expected);
    const { text } = parseAnnotated(expected);
    expect(rulesOnly.extract(text).filter((e) => e.type === 'PERSON')).toEqual([]);
  });

  test('its entities say model, with a score in [0, 1] and the features that weighed most', () => {
    const [entity] = extractor.extract('لكن كوزلوفسكي لاحظ ان الفريق خسر المباراة');
    expect(entity?.source.kind).toBe('model');
    expect(entity?.source.id).toMatch(/^tagger-[0-9a-f]{8}$/);
    expect(entity?.score).toBeGreaterThanOrEqual(0);
    expect(entity?.score).toBeLessThanOrEqual(1);
    expect(entity?.source.detail).toMatch(/^B-PER: [^,]+ [+-]\d+\.\d\d, [^,]+ [+-]\d+\.\d\d, [^,]+ [+-]\d+\.\d\d$/);
  });

  test('a location the lexicon knows as a country is a COUNTRY with its id; others are PLACE', () => {
    expectTagged('واجتمع وزير الخارجية مع نظيره في [روسيا](COUNTRY) امس');
    expect(extractor.extract('واجتمع وزير الخارجية مع نظيره في روسيا امس')[0]).toMatchObject({ id: 'country:RU', canonical: expect.any(String), source: { kind: 'model' } });
    expectTagged('التقى الرئيس [بوتين](PERSON) بالمستشارة [ميركل](PERSON) في [برلين](PLACE)');
  });

  test.each([
    // «لحركة» is a common word as a whole; matching read the form «حركة حماس» after its «ل».
    'قال بيان ل[حركة حماس](ORGANIZATION) ان الوفد سيصل غدا',
    'وتحدث [كوزلوفسكي](PERSON) عن [لبنان](COUNTRY)',
    'وقال و[كوزلوفسكي](PERSON) ان',
  ])('clitics stay outside a model span: %s', (expected) => {
    expectTagged(expected);
    const { text } = parseAnnotated(expected);
    expect(extractor.extract(text).every((e) => e.source.kind === 'model')).toBe(true);
  });

  test.each([
    'أصدر [معهد واشنطن](ORGANIZATION) دراسة جديدة',
    'قال الباحث في [معهد واشنطن](ORGANIZATION) ان الاتفاق هش',
    'أصدر [معهد باريس](ORGANIZATION) دراسة',
    // The place governed by the head's construct: a court of a kind and a place.
    'قضت [محكمة جنايات القاهرة](ORGANIZATION) بسجنه',
  ])('a place a naming head re-types stays the organization named after it, the model\'s place nested in it: %s', (expected) => {
    expectTagged(expected);
    const { text } = parseAnnotated(expected);
    // The shipped model reads the place alone («معهد [واشنطن]»); the head noun's reading stands over it,
    // and the place is returned inside it.
    const [organization] = withNested.extract(text);
    expect(organization?.type).toBe('ORGANIZATION');
    expect(organization?.nested?.map((e) => e.type)).toEqual(['PLACE']);
  });

  test("the caller's entries stay authoritative: an exact match is returned as given", () => {
    const custom = createExtractor({ entries: [{ type: 'ORGANIZATION', name: 'كوزلوفسكي', id: 'org:test' }] });
    const { text } = parseAnnotated('لكن [كوزلوفسكي](ORGANIZATION) لاحظ ان الفريق خسر المباراة');
    expect(renderAnnotated(text, custom.extract(text))).toBe('لكن [كوزلوفسكي](ORGANIZATION) لاحظ ان الفريق خسر المباراة');
    expect(custom.extract(text)[0]).toMatchObject({ id: 'org:test', source: { kind: 'lexicon' } });
  });

  test('model: false is the lexicon and the rules alone', () => {
    expect(rulesOnly.extract('لكن كوزلوفسكي لاحظ ان الفريق خسر المباراة')).toEqual([]);
    expect(rulesOnly.extract('التقى الرئيس بوتين في برلين').every((e) => e.source.kind !== 'model')).toBe(true);
  });
});
