import { keepCandidates, type Doc } from '../document';
import type { Rule } from './helpers/rule';
import { EVENT_HEAD } from './helpers/cue-classes';
import { cueBefore } from './helpers/cue-at';

/**
 * A place naming an agreement or a cup is part of the event's name, not a mention of the place:
 * «اتفاق الطائف», «كأس إسبانيا». Only a one-word place right after the event word is dropped;
 * «اتفاق بين [مصر] و[اسرائيل]» keeps its countries. The annotated news keeps the place of a
 * conference, a summit or a race («مؤتمر [مدريد]», «قمة [تونس]», «جائزة [البحرين] الكبرى»): those stay places.
 */
export const placeEvent: Rule = {
  id: 'place-event',
  description: 'a place right after an agreement or a cup names it: «اتفاق الطائف» is no place',
  cues: [EVENT_HEAD],
  apply(doc: Doc): void {
    keepCandidates(
      doc,
      (c) => !((c.type === 'PLACE' || c.type === 'COUNTRY') && c.tokEnd - c.tokStart === 1 && c.start === doc.tokens.start[c.tokStart] && cueBefore(doc, c.tokStart, EVENT_HEAD)),
    );
  },
};
