import type { Entity, EntityType } from '../../src/types';

/**
 * Parses an annotated string into text and entities, the notation of the tests:
 * `'اكد [علي شمخاني](PERSON) في [موسكو](PLACE|place:moscow)'` — `|id` is optional; annotations nest:
 * `'[جامعة [القاهرة](PLACE)](ORGANIZATION)'` gives an ORGANIZATION with the PLACE in `nested`.
 * Built entities have score 1 and a lexicon provenance `test:<text>`.
 */
export function annotated(source: string): { text: string; entities: Entity[] } {
  let text = '';
  const open: Array<{ start: number; nested: Entity[] }> = [];
  const top: Entity[] = [];
  for (let i = 0; i < source.length; i++) {
    const c = source[i] as string;
    if (c === '[') {
      open.push({ start: text.length, nested: [] });
    } else if (c === ']' && source[i + 1] === '(' && open.length > 0) {
      const close = source.indexOf(')', i);
      const [type, id] = source.slice(i + 2, close).split('|') as [EntityType, string | undefined];
      const frame = open.pop() as { start: number; nested: Entity[] };
      const span = text.slice(frame.start);
      const entity: Entity = {
        type,
        start: frame.start,
        end: text.length,
        text: span,
        normalized: span,
        score: 1,
        source: { kind: 'lexicon', id: id ?? `test:${span}` },
        ...(id === undefined ? {} : { id }),
        ...(frame.nested.length > 0 ? { nested: frame.nested } : {}),
      };
      (open.length > 0 ? (open[open.length - 1] as { nested: Entity[] }).nested : top).push(entity);
      i = close;
    } else {
      text += c;
    }
  }
  return { text, entities: top };
}
