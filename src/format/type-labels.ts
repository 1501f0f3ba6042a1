import type { EntityType } from '../types';

/** Arabic labels shown next to highlighted entities (legend, html badges): the page is Arabic. */
export const TYPE_LABELS_AR: Readonly<Record<EntityType, string>> = {
  PERSON: 'شخص',
  COUNTRY: 'دولة',
  ORGANIZATION: 'منظمة',
  PLACE: 'مكان',
  NATIONALITY: 'جنسية',
};
