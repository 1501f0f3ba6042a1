import { ENTITY_TYPES, type EntityType } from '../types';
import { UsageError } from './usage-error';

/** `--types person,PLACE` → ['PERSON', 'PLACE']; any other name is a usage error listing the valid ones. */
export function parseTypeList(value: string): EntityType[] {
  const names = value.split(',').map((n) => n.trim().toUpperCase()).filter((n) => n !== '');
  if (names.length === 0) throw new UsageError(`--types needs at least one of ${ENTITY_TYPES.join(', ')}`);
  for (const name of names) {
    if (!(ENTITY_TYPES as readonly string[]).includes(name)) {
      throw new UsageError(`--types: unknown entity type '${name}' (expected ${ENTITY_TYPES.join(', ')})`);
    }
  }
  return [...new Set(names)] as EntityType[];
}
