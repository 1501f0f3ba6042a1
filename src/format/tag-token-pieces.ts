import type { Entity, Token } from '../types';

/** One CoNLL row: a token, or the part of a token on one side of an entity boundary. */
export interface TaggedPiece {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** `O`, `B-PERSON`, `I-PLACE`, … */
  readonly tag: string;
}

/**
 * BIO-tags tokens with the (top-level) entities. A token that an entity boundary cuts is split at the
 * boundary so every tagged piece is exactly entity text: «وروسيا» → «و» O, «روسيا» B-COUNTRY.
 * BIO cannot express overlap, so an entity overlapping an earlier one is left out.
 */
export function tagTokenPieces(text: string, tokens: readonly Token[], entities: readonly Entity[]): TaggedPiece[] {
  const spans = dropOverlaps(entities);
  const pieces: TaggedPiece[] = [];
  let first = 0;
  for (const token of tokens) {
    while (first < spans.length && (spans[first] as Entity).end <= token.start) first++;
    const points = [token.start];
    for (let s = first; s < spans.length && (spans[s] as Entity).start < token.end; s++) {
      const span = spans[s] as Entity;
      if (span.start > token.start) points.push(span.start);
      if (span.end < token.end) points.push(span.end);
    }
    points.push(token.end);
    let owner = first;
    for (let i = 0; i + 1 < points.length; i++) {
      const start = points[i];
      const end = points[i + 1];
      if (start === end) continue;
      while (owner < spans.length && (spans[owner] as Entity).end <= start) owner++;
      const span = spans[owner];
      const inside = span !== undefined && span.start <= start;
      const tag = inside ? `${span.start === start ? 'B' : 'I'}-${span.type}` : 'O';
      pieces.push({ start, end, text: text.slice(start, end), tag });
    }
  }
  return pieces;
}

function dropOverlaps(entities: readonly Entity[]): Entity[] {
  const sorted = [...entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Entity[] = [];
  let end = -1;
  for (const entity of sorted) {
    if (entity.start < end || entity.start >= entity.end) continue;
    kept.push(entity);
    end = entity.end;
  }
  return kept;
}
