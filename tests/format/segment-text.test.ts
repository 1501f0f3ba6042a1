import { segmentText, type InlineSegment } from '../../src/format/segment-text';
import { annotated } from './annotated';

/** Writes segments back in the annotation notation, so a round trip must give the source again. */
function reannotate(segments: readonly InlineSegment[]): string {
  return segments
    .map((s) => (s.kind === 'text' ? s.text : `[${reannotate(s.children)}](${s.entity.type})`))
    .join('');
}

describe('segmentText', () => {
  test.each([
    'اكد [علي شمخاني](PERSON) في [موسكو](PLACE)',
    '[روسيا](COUNTRY)',
    'و[روسيا](COUNTRY)و[ايران](COUNTRY)',
    'درس في [جامعة [القاهرة](PLACE)](ORGANIZATION) طويلا',
    'لا كيانات هنا',
    '',
  ])('round trip %s', (source) => {
    const { text, entities } = annotated(source);
    expect(reannotate(segmentText(text, entities))).toBe(source);
  });

  test('an entity overlapping an earlier one is left out of the inline view', () => {
    const { text, entities } = annotated('زار [نيو يورك](PLACE) امس');
    const overlapping = { ...(entities[0] as (typeof entities)[number]), start: 7, end: 12, text: text.slice(7, 12) };
    expect(reannotate(segmentText(text, [...entities, overlapping]))).toBe('زار [نيو يورك](PLACE) امس');
  });

  test('entities outside the requested range are skipped', () => {
    const { text, entities } = annotated('[موسكو](PLACE) و[روسيا](COUNTRY)');
    expect(reannotate(segmentText(text, entities, 6, text.length))).toBe('و[روسيا](COUNTRY)');
  });
});
