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

/** Converts an entity to the plain object written by the json/jsonl formats. */
export function toEntityRecord(entity: Entity, options: EntityRecordOptions = {}): EntityRecord {
  return {
    type: entity.type,
    start: entity.start,
    end: entity.end,
    text: entity.text,
    normalized: entity.normalized,
    ...(entity.canonical === undefined ? {} : { canonical: entity.canonical }),
    ...(entity.id === undefined ? {} : { id: entity.id }),
    ...(entity.subtype === undefined ? {} : { subtype: entity.subtype }),
    score: roundScore(entity.score),
    ...(entity.nested === undefined || entity.nested.length === 0 ? {} : { nested: entity.nested.map((inner) => toEntityRecord(inner, options)) }),
    ...(options.explain === true ? { source: copyProvenance(entity.source) } : {}),
  };
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
