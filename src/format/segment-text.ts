import type { Entity } from '../types';

/** A piece of a document for inline rendering: plain text, or an entity with its own pieces inside. */
export type InlineSegment =
  | { readonly kind: 'text'; readonly start: number; readonly end: number; readonly text: string }
  | { readonly kind: 'entity'; readonly entity: Entity; readonly children: readonly InlineSegment[] };

/**
 * Cuts `text[from, to)` into plain and entity segments, nesting `entity.nested` inside its parent:
 * «جامعة القاهرة» with a nested PLACE «القاهرة» → entity(ORG)[ text «جامعة », entity(PLACE) ].
 * Entities that overlap an earlier one, or fall outside the range, cannot be drawn inline and are
 * skipped here (formatters that list entities still list them).
 *
 * `text` may be a part of a longer document that starts at `textOffset` in it; `from`, `to`, the
 * entities' offsets and the segments' offsets are all document offsets.
 */
export function segmentText(text: string, entities: readonly Entity[], from = 0, to = text.length, textOffset = 0): InlineSegment[] {
  const ordered = entities
    .filter((e) => e.start >= from && e.end <= to && e.start < e.end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: InlineSegment[] = [];
  let cursor = from;
  for (const entity of ordered) {
    if (entity.start < cursor) continue;
    if (entity.start > cursor) segments.push(textSegment(text, cursor, entity.start, textOffset));
    segments.push({
      kind: 'entity',
      entity,
      children: segmentText(text, entity.nested ?? [], entity.start, entity.end, textOffset),
    });
    cursor = entity.end;
  }
  if (cursor < to) segments.push(textSegment(text, cursor, to, textOffset));
  return segments;
}

function textSegment(text: string, start: number, end: number, textOffset: number): InlineSegment {
  return { kind: 'text', start, end, text: text.slice(start - textOffset, end - textOffset) };
}
