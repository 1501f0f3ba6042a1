import type { TextBlock } from './layout-blocks';
import { mapEntityType } from './map-entity-type';
import type { ConllTag, EvalEntity, ProjectionStats, ScoredType } from './types';

export interface Projection {
  /** Predicted tags, one array per sentence of the block. */
  readonly tags: ConllTag[][];
  readonly stats: ProjectionStats;
}

interface FlatToken {
  readonly sentence: number;
  readonly token: number;
  readonly start: number;
  readonly end: number;
}

/**
 * Turns entity spans in a block's text into BIO2 tags on the gold tokens. A token is tagged when it
 * overlaps the span, so an entity inside one token still tags it: ANERcorp keeps the proclitic in the
 * token, «وروسيا» is B-LOC, while alam's span is «روسيا» (و outside). The first token of an entity in
 * each sentence gets B-, the rest I-.
 * Throws when the extractor returns a span that is not a non-empty slice of the text it was given.
 */
export function projectEntities(block: TextBlock, entities: readonly EvalEntity[], blockIndex: number): Projection {
  const tags: ConllTag[][] = block.sentences.map((s) => s.tokens.map((): ConllTag => 'O'));
  const flat: FlatToken[] = block.sentences.flatMap((s, sentence) =>
    s.tokens.map((span, token) => ({ sentence, token, start: span.start, end: span.end })),
  );
  let unscoredType = 0;
  let crossSentence = 0;
  let tokenConflicts = 0;

  const scored: { entity: EvalEntity; type: ScoredType }[] = [];
  for (const entity of entities) {
    checkSpan(block, entity, blockIndex);
    const type = mapEntityType(entity.type);
    if (type === null) unscoredType += 1;
    else scored.push({ entity, type });
  }
  // Earlier and longer entities claim their tokens first, so the claimed part of a later entity is a prefix.
  scored.sort((a, b) => a.entity.start - b.entity.start || b.entity.end - a.entity.end);

  for (const { entity, type } of scored) {
    const covered = findOverlapping(flat, entity.start, entity.end);
    if (covered.length === 0) {
      throw invalidSpan(block, entity, blockIndex, 'the span covers no token (only spaces or line breaks)');
    }
    let conflict = false;
    let lastSentence = -1;
    for (const { sentence, token } of covered) {
      const row = tags[sentence];
      if (row === undefined) continue;
      // «مصر-ليبيا» is one token: the first entity tags it, «ليبيا» finds it taken.
      if (row[token] !== 'O') {
        conflict = true;
        continue;
      }
      row[token] = sentence === lastSentence ? `I-${type}` : `B-${type}`;
      lastSentence = sentence;
    }
    if (conflict) tokenConflicts += 1;
    const first = covered[0];
    const last = covered[covered.length - 1];
    if (first !== undefined && last !== undefined && first.sentence !== last.sentence) crossSentence += 1;
  }
  return { tags, stats: { unscoredType, crossSentence, tokenConflicts } };
}

/** Tokens overlapping [start, end): binary search for the first token ending after `start`. */
function findOverlapping(flat: readonly FlatToken[], start: number, end: number): FlatToken[] {
  let low = 0;
  let high = flat.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const token = flat[middle];
    if (token !== undefined && token.end <= start) low = middle + 1;
    else high = middle;
  }
  const found: FlatToken[] = [];
  for (let i = low; i < flat.length; i += 1) {
    const token = flat[i];
    if (token === undefined || token.start >= end) break;
    found.push(token);
  }
  return found;
}

function checkSpan(block: TextBlock, entity: EvalEntity, blockIndex: number): void {
  const { start, end } = entity;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw invalidSpan(block, entity, blockIndex, 'offsets must be integers');
  }
  if (start < 0 || end > block.text.length || start >= end) {
    throw invalidSpan(block, entity, blockIndex, `expected 0 <= start < end <= ${block.text.length}`);
  }
  const slice = block.text.slice(start, end);
  if (slice !== entity.text) {
    throw invalidSpan(block, entity, blockIndex, `text differs from the slice «${slice}»`);
  }
}

function invalidSpan(block: TextBlock, entity: EvalEntity, blockIndex: number, reason: string): Error {
  const indices = block.sentences.map((s) => s.sentence.index);
  const where = indices.length > 0 ? `sentences ${indices[0]}–${indices[indices.length - 1]}` : 'no sentence';
  return new Error(
    `extractor returned an invalid span in block ${blockIndex} (${where}): ` +
      `${String(entity.type)} [${entity.start}, ${entity.end}) «${entity.text}»: ${reason}`,
  );
}
