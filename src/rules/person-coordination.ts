import { candidateAt, type Doc } from '../document';
import type { Rule } from './helpers/rule';
import { addPersonName } from './helpers/read-person-name';
import { NAME_LINK } from './helpers/cue-classes';
import { cueAt } from './helpers/cue-at';
import { isNameWord } from './helpers/is-name-word';
import { isWord, startsLine } from './helpers/is-word';
import { WAW } from '../tokenize/arabic-letters';
import { PRIORITY } from '../priorities';


/**
 * PERSON: a name joined by و to a person just found is another person: «اتصالات من بري
 * و[السنيورة] و[موسي]», «مبارك و[عبد الله]». Only a known name token after the و qualifies.
 */
export const personCoordination: Rule = {
  id: 'person-coordination',
  description: 'a known name joined by و to a person: «مبارك و[عبد الله]»',
  cues: [NAME_LINK],
  apply(doc: Doc): void {
    for (let i = 0; i < doc.candidates.length; i++) {
      const person = doc.candidates[i];
      if (!person || person.type !== 'PERSON') continue;
      const t = person.tokEnd;
      if (!isWord(doc, t) || startsLine(doc, t) || doc.folded.codes[doc.tokens.start[t]] !== WAW) continue;
      const link = cueAt(doc, t, NAME_LINK);
      const named = (isNameWord(doc, t) && doc.stemStart[t] !== doc.tokens.start[t]) || (link !== undefined && link.start !== doc.tokens.start[t]);
      if (!named || candidateAt(doc, t)) continue;
      addPersonName(doc, t, { requireKnown: true }, { rule: 'person-coordination', detail: 'joined by و to a person', score: 0.65, priority: PRIORITY.weakContext });
    }
  },
};
