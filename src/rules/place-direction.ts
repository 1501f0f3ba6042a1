import { keepCandidates, type Doc } from '../document';
import type { Rule } from './helpers/rule';
import { DIRECTION } from './helpers/cue-classes';
import { cueAt } from './helpers/cue-at';
import { entityAt } from './helpers/entity-at';

const PLACES = new Set(['PLACE', 'COUNTRY']);

/**
 * A direction before a place is no part of its name: «جنوب [لبنان]», «شمال [أفريقيا]», «غرب
 * [بغداد]» — the annotated corpora leave it out (TRAIN80 52 times in 55, WikiFANE 135 in 175) even
 * where a gazetteer has the region («جنوب لبنان», «غرب أفريقيا»). The place reading of the whole is
 * dropped when the rest is a place or a country of its own, which then stands. A country named so
 * stays whole: «[جنوب أفريقيا]» is a COUNTRY.
 */
export const placeDirection: Rule = {
  id: 'place-direction',
  description: 'a direction is not part of the place after it: «جنوب [لبنان]»',
  cues: [DIRECTION],
  apply(doc: Doc): void {
    keepCandidates(doc, (c) => {
      if (c.type !== 'PLACE' || c.tokEnd - c.tokStart < 2) return true;
      const direction = cueAt(doc, c.tokStart, DIRECTION);
      if (!direction || direction.start !== c.start || direction.tokEnd >= c.tokEnd) return true;
      const rest = entityAt(doc, direction.tokEnd, PLACES);
      return !(rest && rest.tokEnd === c.tokEnd && rest.start === doc.tokens.start[direction.tokEnd]);
    });
  },
};
