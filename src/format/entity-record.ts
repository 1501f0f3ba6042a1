import type { Entity, EntityType, Provenance } from '../types';

/** The JSON shape of one entity in alam's json/jsonl output (stable key order, no undefined keys). */
export interface EntityRecord {
  type: EntityType;
  start: number;
  end: number;
  text: string;
  normalized: string;
  canonical?: string;
  id?: string;
  subtype?: string;
  score: number;
  nested?: EntityRecord[];
  source?: Provenance;
}

export interface EntityRecordOptions {
  /** Keep `source` (the provenance). Default false: provenance is opt-in (`--explain`) to keep output small. */
  readonly explain?: boolean;
}

/**
 * Converts an entity to the plain object written by the json/jsonl formats. Keys are added in the
 * order of EntityRecord (JSON.stringify keeps insertion order); optional keys only when set. Built by
 * assignment rather than by spreading conditional objects, which made up to five throwaway objects
 * per entity on the JSONL path.
 */
export function toEntityRecord(entity: Entity, options: EntityRecordOptions = {}): EntityRecord {
  // `score` is set below, after the optional keys it follows.
  const record = { type: entity.type, start: entity.start, end: entity.end, text: entity.text, normalized: entity.normalized } as EntityRecord;
  if (entity.canonical !== undefined) record.canonical = entity.canonical;
  if (entity.id !== undefined) record.id = entity.id;
  if (entity.subtype !== undefined) record.subtype = entity.subtype;
  record.score = roundScore(entity.score);
  if (entity.nested !== undefined && entity.nested.length > 0) record.nested = entity.nested.map((inner) => toEntityRecord(inner, options));
  if (options.explain === true) record.source = copyProvenance(entity.source);
  return record;
}

/** Four decimals are plenty for a confidence and keep float noise (0.30000000000000004) out of the output. */
function roundScore(score: number): number {
  return Math.round(score * 10000) / 10000;
}

function copyProvenance(source: Provenance): Provenance {
  return source.detail === undefined
    ? { kind: source.kind, id: source.id }
    : { kind: source.kind, id: source.id, detail: source.detail };
}
