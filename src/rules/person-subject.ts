import type { Doc } from '../document';
import type { Rule } from './rule';
import { SPEECH_VERB, SUBJECT_END } from './cue-classes';
import { readPersonName } from './read-person-name';
import { addCandidate, candidateAt, cueAt, isNameWord, isPunct, startsLine } from './read-tokens';

/**
 * PERSON: the subject of a verb of saying at the head of a clause, in Arabic's verb-subject order:
 * «وقال [هوارد جرونسبكت] إن», «قال [كوبل] أن». A subject that is only unknown words must be
 * followed by what ends a subject (إن، أن، في، أمس، a comma or a colon), so that «قال مصدر» or
 * «أعلن وقف اطلاق النار» are not taken for names.
 */
export const personSubject: Rule = {
  id: 'person-subject',
  description: 'the name after a verb of saying: «وقال [هوارد جرونسبكت] إن»',
  cues: [SPEECH_VERB, SUBJECT_END],
  apply(doc: Doc): void {
    const bit = SPEECH_VERB.bit;
    for (let t = 0; t < doc.tokens.count; t++) {
      if (!((doc.cueBits[t] as number) & bit)) continue;
      const verb = cueAt(doc, t, SPEECH_VERB);
      if (!verb) continue;
      const p = verb.tokEnd;
      if (p >= doc.tokens.count || startsLine(doc, p) || candidateAt(doc, p)) continue;
      const name = readPersonName(doc, p);
      if (!name) continue;
      let known = false;
      for (let k = name.tokStart; k < name.tokEnd && !known; k++) known = isNameWord(doc, k);
      const after = name.tokEnd;
      const ended = after >= doc.tokens.count || isPunct(doc, after, '،,:"«») .') || cueAt(doc, after, SUBJECT_END) !== undefined;
      if (!known && !ended) continue;
      addCandidate(doc, {
        type: 'PERSON',
        tokStart: name.tokStart,
        tokEnd: name.tokEnd,
        start: name.start,
        source: { kind: 'rule', id: 'person-subject', detail: 'subject of a verb of saying' },
        score: known ? 0.7 : 0.6,
        priority: 2.3,
      });
    }
  },
};
