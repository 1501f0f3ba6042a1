import type { Entity, EntityType } from '../types';
import type { Candidate } from '../candidate';
import type { Doc } from '../document';
import { foldedString } from '../normalize/fold-text';
import type { Resolved } from './resolve-overlaps';

/**
 * Maps kept candidates back to the original string: `input.slice(start, end) === text`. An outer
 * entity of a type not asked for does not hide what lies inside it: with `types: ['PLACE']` and
 * `nested`, «درس في جامعة القاهرة» gives the PLACE «القاهرة» of the organization, as a top-level entity.
 */
export function toEntities(doc: Doc, resolved: Resolved, types: ReadonlySet<EntityType>): Entity[] {
  const out: Entity[] = [];
  for (const candidate of resolved.kept) {
    const inner = resolved.inner.get(candidate)?.filter((c) => types.has(c.type));
    if (!types.has(candidate.type)) {
      if (inner) for (const c of inner) out.push(toEntity(doc, c));
      continue;
    }
    const entity = toEntity(doc, candidate);
    out.push(inner && inner.length > 0 ? { ...entity, nested: inner.map((c) => toEntity(doc, c)) } : entity);
  }
  return out;
}

function toEntity(doc: Doc, candidate: Candidate): Entity {
  const { folded, input } = doc;
  const start = folded.starts[candidate.start];
  const end = folded.ends[candidate.end - 1];
  // A proclitic inside a ligature («ﻻﺭﻳﺤﺎ» = ل + «أريحا») cannot be left out of the span, which holds
  // the whole character; the normalized form then folds the whole span too.
  let from = candidate.start;
  while (from > 0 && folded.starts[from - 1] === start) from--;
  const { index } = doc;
  const id = candidate.entry >= 0 ? index.entryId(candidate.entry) : undefined;
  const text = input.slice(start, end);
  const entity: { -readonly [K in keyof Entity]: Entity[K] } = {
    type: candidate.type,
    start,
    end,
    text,
    // Most names need no folding («روسيا»): the text itself is the normalized form, no copy made.
    normalized: equalsFolded(folded, from, candidate.end, text) ? text : foldedString(folded, from, candidate.end),
    score: candidate.score,
    source: candidate.source ?? { kind: 'lexicon', id: id as string },
  };
  const canonical = candidate.canonical ?? (candidate.entry >= 0 ? index.canonical(candidate.entry) : undefined);
  if (canonical !== undefined) entity.canonical = canonical;
  if (id !== undefined) {
    entity.id = id;
    const subtype = index.entrySubtype(candidate.entry);
    if (subtype) entity.subtype = subtype;
  }
  return entity;
}

/** The folded code units [start, end) spell `text` exactly. */
function equalsFolded(folded: Doc['folded'], start: number, end: number, text: string): boolean {
  if (end - start !== text.length) return false;
  const { codes } = folded;
  for (let i = 0; i < text.length; i++) if (codes[start + i] !== text.charCodeAt(i)) return false;
  return true;
}
