import type { EntityType } from '../types';
import type { ScoredType } from './types';

/**
 * alam types → gold types. The corpora tag countries, cities and regions alike as LOC
 * («روسيا» and «موسكو» are both B-LOC in ANERcorp), so COUNTRY and PLACE both map to LOC.
 * NATIONALITY («الروسي») is not a named-entity chunk in the gold: null, not scored.
 */
export function mapEntityType(type: EntityType): ScoredType | null {
  switch (type) {
    case 'PERSON':
      return 'PER';
    case 'COUNTRY':
    case 'PLACE':
      return 'LOC';
    case 'ORGANIZATION':
      return 'ORG';
    case 'NATIONALITY':
      return null;
    default:
      throw new TypeError(`unknown entity type «${String(type)}»`);
  }
}
