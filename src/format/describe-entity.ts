import type { Entity } from '../types';
import { describeProvenance } from './describe-provenance';
import { TYPE_LABELS_AR } from './type-labels';

/**
 * The tooltip of a highlighted entity: type, canonical name, id and provenance, e.g.
 * `دولة (COUNTRY) · الاسم: روسيا · المعرّف: country:RU · المصدر: lexicon country:RU`.
 */
export function describeEntity(entity: Entity): string {
  const parts = [`${TYPE_LABELS_AR[entity.type]} (${entity.type})`];
  if (entity.canonical !== undefined) parts.push(`الاسم: ${entity.canonical}`);
  if (entity.id !== undefined) parts.push(`المعرّف: ${entity.id}`);
  if (entity.subtype !== undefined) parts.push(`الصنف: ${entity.subtype}`);
  parts.push(`المصدر: ${describeProvenance(entity.source)}`);
  return parts.join(' · ');
}
