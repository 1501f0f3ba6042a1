import { candidateAt, type Doc } from '../document';
import type { Rule } from './helpers/rule';
import { NAME_LINK, PERSON_ROLE_HEAD, PERSON_TITLE, PERSON_TITLE_WITH_NATIONALITY, REGNAL_TITLE, TITLE_MODIFIER } from './helpers/cue-classes';
import { addPersonName } from './helpers/read-person-name';
import { cueAt, nextCueToken } from './helpers/cue-at';
import { entityAt } from './helpers/entity-at';
import { hasArticle } from './helpers/has-article';
import { isPunct, startsLine } from './helpers/is-word';
import { isStopword } from './helpers/is-name-word';
import { cueText, foldedSlice } from './helpers/token-text';
import { foldedWordSet } from './helpers/fold-words';
import { PRIORITY } from '../priorities';

const COMPLEMENTS = new Set(['ORGANIZATION', 'COUNTRY', 'PLACE'] as const);
const COMPLEMENT_ENTRIES = new Set(['ORGANIZATION', 'COUNTRY', 'PLACE']);
const NATIONALITY = new Set(['NATIONALITY']);
/**
 * Titles that are as often a common noun: «الفريق» is a general's rank in «الفريق [سامي عنان]» but the
 * team in «ان الفريق جاهز» (TRAIN80: a name follows once in 35; WikiFANE 8 times in 134). After them
 * only a known name is read.
 */
const AMBIGUOUS_TITLES = ['الفريق'];
/** Steps allowed between a title and the name: a nationality, modifiers («السابق»). */
const MAX_MODIFIERS = 3;

/**
 * Where the name may start after the role head at token t: past what the role is of — an
 * organization, a country or place («امين [المجلس الاعلى للامن القومي الايراني]»), or up to two
 * article words («رئيس [الاتحاد]», «وزير [الخارجية]») — or -1 when nothing follows.
 */
function skipComplement(doc: Doc, p: number): number {
  const candidate = candidateAt(doc, p, COMPLEMENTS);
  if (candidate) return candidate.tokEnd;
  const entity = entityAt(doc, p, COMPLEMENT_ENTRIES);
  if (entity) return entity.tokEnd;
  let q = p;
  while (q < p + 2 && hasArticle(doc, q) && !isStopword(doc, q) && !startsLine(doc, q)) q++;
  return q > p ? q : -1;
}

/** Skips a nationality, modifiers and further titles: «الرئيس [الأمريكي] [السابق] …», «صاحب السمو [الشيخ] حمد». */
function skipModifiers(doc: Doc, p: number): number {
  for (let step = 0; step < MAX_MODIFIERS; step++) {
    const title = cueAt(doc, p, PERSON_TITLE);
    if (title) {
      p = title.tokEnd;
      continue;
    }
    const nationality = entityAt(doc, p, NATIONALITY);
    if (nationality && nationality.start === doc.tokens.start[p]) {
      p = nationality.tokEnd;
      continue;
    }
    const modifier = cueAt(doc, p, TITLE_MODIFIER);
    if (modifier && modifier.start === doc.tokens.start[p]) {
      p = modifier.tokEnd;
      continue;
    }
    break;
  }
  return p;
}

/**
 * PERSON: a title or a role before a name. «الرئيس [بوش]», «نظيره الروسي [نيكولاي باتروشيف]»,
 * «امين المجلس الاعلى للامن القومي الايراني [علي شمخاني]», «رئيس الاتحاد [برند جوتشولك]».
 */
export const personTitle: Rule = {
  id: 'person-title',
  description: 'a title or role (with what it is of, a nationality, modifiers) before a name: «الرئيس الروسي [فلاديمير بوتين]»',
  cues: [PERSON_TITLE, PERSON_ROLE_HEAD, PERSON_TITLE_WITH_NATIONALITY, REGNAL_TITLE, TITLE_MODIFIER, NAME_LINK],
  apply(doc: Doc): void {
    const bits = PERSON_TITLE.bit | PERSON_ROLE_HEAD.bit | PERSON_TITLE_WITH_NATIONALITY.bit;
    const ambiguous = foldedWordSet(doc, AMBIGUOUS_TITLES);
    for (let t = nextCueToken(doc, bits, 0); t >= 0; t = nextCueToken(doc, bits, t + 1)) {
      const title = cueAt(doc, t, PERSON_TITLE);
      const role = title ? undefined : cueAt(doc, t, PERSON_ROLE_HEAD);
      const expert = title || role ? undefined : cueAt(doc, t, PERSON_TITLE_WITH_NATIONALITY);
      const cue = title ?? role ?? expert;
      if (!cue) continue;
      let p = cue.tokEnd;
      if (role) {
        p = skipComplement(doc, p);
        if (p < 0) continue;
      }
      // «الرحالة» is a title only when a nationality follows: «الرحالة [الدانماركي] رونكاير».
      if (expert && !entityAt(doc, p, NATIONALITY)) continue;
      p = skipModifiers(doc, p);
      if (p >= doc.tokens.count || isPunct(doc, p) || startsLine(doc, p)) continue;
      const regnal = cueAt(doc, t, REGNAL_TITLE) !== undefined;
      const requireKnown = title !== undefined && ambiguous.has(foldedSlice(doc, cue.start, doc.tokens.end[cue.tokEnd - 1]));
      addPersonName(doc, p, { regnal, requireKnown }, {
        rule: 'person-title',
        detail: `title «${cueText(doc, cue.tokStart, cue.tokEnd)}» before the name`,
        score: 0.8,
        priority: PRIORITY.cue,
      });
    }
  },
};
