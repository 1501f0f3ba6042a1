import type { Entity } from '../types';

/**
 * The entities of a chunk with offsets into the whole text: each start and end (and those of nested
 * entities) moved by `offset`, the chunk's own start. Offset 0 returns the entities as they are.
 */
export function shiftEntities(entities: readonly Entity[], offset: number): Entity[] {
  if (offset === 0) return entities as Entity[];
  return entities.map((entity) => {
    const shifted = { ...entity, start: entity.start + offset, end: entity.end + offset };
    return entity.nested === undefined ? shifted : { ...shifted, nested: shiftEntities(entity.nested, offset) };
  });
}
