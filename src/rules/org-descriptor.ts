import type { Doc } from '../document';
import type { Rule } from './helpers/rule';
import { ORG_DESCRIPTOR, REGNAL_TITLE } from './helpers/cue-classes';
import { readPersonName } from './helpers/read-person-name';
import { addRuleCandidate } from './helpers/add-rule-candidate';
import { cueAt, forEachCue } from './helpers/cue-at';
import { entityAt, readingOf } from './helpers/entity-at';
import { cueText, foldedSlice } from './helpers/token-text';
import { hasArticle, isNisbaShaped } from './helpers/has-article';
import { isOpenWord } from './helpers/is-name-word';
import { isPunct, isWord, startsLine } from './helpers/is-word';
import { PRIORITY } from '../priorities';
import { LAM } from '../tokenize/arabic-letters';

const ANY_ENTITY = new Set(['COUNTRY', 'PLACE', 'NATIONALITY', 'ORGANIZATION', 'PERSON']);
/** An unknown organization name after a descriptor runs at most this many words; a quoted one, this many. */
const MAX_NAME = 3;
const MAX_QUOTED = 4;

/**
 * ORGANIZATION: the name after a descriptor that is not part of it (the convention of the news
 * corpora): «شركة [نوكيا]», «صحيفة [لوموند]», «وكالة [فارس]», «قناة [العالم]». A known name is
 * taken when one of its readings is an organization («فارس» the agency, not the province); an
 * unknown name is one to three unknown words, or a quoted name («صحيفة "[الحياة]"»).
 */
export const orgDescriptor: Rule = {
  id: 'org-descriptor',
  description: 'a descriptor (شركة، صحيفة، وكالة، قناة، نادي …) before an organization name: «وكالة [فارس]»',
  cues: [ORG_DESCRIPTOR, REGNAL_TITLE],
  apply(doc: Doc): void {
    forEachCue(doc, ORG_DESCRIPTOR, (descriptor) => {
      let p = descriptor.tokEnd;
      const quoted = isPunct(doc, p, '"«\'“');
      if (quoted) p++;
      if (!isWord(doc, p) || startsLine(doc, p)) return;
      const detail = `descriptor «${cueText(doc, descriptor.tokStart, descriptor.tokEnd)}» before the name`;
      // A building named after a ruler: «مستشفى [الملك فيصل] التخصصي», not the king himself.
      const patron = BUILDINGS.has(foldedSlice(doc, descriptor.start, doc.tokens.end[descriptor.tokEnd - 1])) ? cueAt(doc, p, REGNAL_TITLE) : undefined;
      const patronName = patron && readPersonName(doc, patron.tokEnd, true);
      if (patron && patronName && patron.start === doc.tokens.start[p]) {
        addRuleCandidate(doc, 'ORGANIZATION', { tokStart: p, tokEnd: patronName.tokEnd, start: patron.start }, { rule: 'org-descriptor', detail, score: 0.7, priority: PRIORITY.cue });
        return;
      }
      const company = COMPANY.has(foldedSlice(doc, descriptor.start, doc.tokens.end[descriptor.tokEnd - 1]));
      const known = entityAt(doc, p, ANY_ENTITY);
      if (known && known.start === doc.tokens.start[p]) {
        const org = readingOf(doc, p, known.tokEnd, 'ORGANIZATION');
        // A company named by a place or a person and its trade: «شركة [النيل للتقنية]», not the river.
        if (org < 0 && company && isActivity(doc, known.tokEnd)) {
          addRuleCandidate(doc, 'ORGANIZATION', { tokStart: p, tokEnd: known.tokEnd + 1, start: known.start }, { rule: 'org-descriptor', detail, score: 0.7, priority: PRIORITY.cue });
          return;
        }
        if (org < 0) return;
        addRuleCandidate(doc, 'ORGANIZATION', known, { rule: 'org-descriptor', detail, score: 0.85, priority: PRIORITY.retyped, entry: org });
        return;
      }
      // «شركات [أجنبية]»: a feminine nisba after a descriptor is its adjective, not a name.
      // Newspapers, channels and teams take article names in construct with an indefinite descriptor:
      // «صحيفة [الحياة]», «فريق [الماص الفاسي]»; after «الفريق», «الصحيفة» an article word is an adjective.
      const titled = TITLED.has(foldedSlice(doc, descriptor.start, doc.tokens.end[descriptor.tokEnd - 1]));
      // Quotes say where the name ends, whatever its words are: «صحيفة " [المستقبل] "», «قناة " [العربية] "»
      // (in TRAIN80 the quoted words after a descriptor are an organization 31 times in 32).
      if (quoted) {
        let end = p;
        while (end - p < MAX_QUOTED && isWord(doc, end) && !startsLine(doc, end)) end++;
        if (!isPunct(doc, end, '"»\'”') || startsLine(doc, end)) return;
        addRuleCandidate(doc, 'ORGANIZATION', { tokStart: p, tokEnd: end, start: doc.tokens.start[p] }, { rule: 'org-descriptor', detail, score: 0.7, priority: PRIORITY.cue });
        return;
      }
      // «الشركة [مبلغا]»: a definite descriptor is the company already named, and an unknown word after
      // it is the next phrase; the annotated news never names one there unquoted (TRAIN80).
      if (hasArticle(doc, descriptor.tokStart)) return;
      if (!isOpenWord(doc, p) || (hasArticle(doc, p) && !titled) || isNisbaShaped(doc, p, true)) return;
      let end = p + 1;
      while (end - p < MAX_NAME && isOpenWord(doc, end) && !startsLine(doc, end) && !hasArticle(doc, end) && !entityAt(doc, end, ANY_ENTITY)) end++;
      // A team's name may end in its city's nisba: «الماص [الفاسي]», «المغرب [الفاسي]».
      if (titled && end === p + 1 && hasArticle(doc, end) && !startsLine(doc, end) && isNisbaShaped(doc, end)) end++;
      addRuleCandidate(doc, 'ORGANIZATION', { tokStart: p, tokEnd: end, start: doc.tokens.start[p] }, {
        rule: 'org-descriptor',
        detail,
        score: 0.65,
        priority: PRIORITY.cue,
      });
    });
  },
};

/** Indefinite descriptors of media and teams, whose names are often article words (folded). */
const TITLED = new Set(['صحيفه', 'جريده', 'مجله', 'قناه', 'فضاييه', 'اذاعه', 'تلفزيون', 'موقع', 'نادي', 'فريق', 'فريقي', 'منتخب']);

/** Descriptors of buildings, which are named after rulers and saints (folded): «مستشفى [الملك فيصل]». */
const BUILDINGS = new Set(['مستشفي', 'مسجد', 'كنيسه', 'فندق']);

/** Descriptors of companies, whose names may end in their trade (folded). */
const COMPANY = new Set(['شركه', 'مجموعه', 'مصنع']);

/** The shortest trade genitive: «للنفط» (لل + a three-letter noun). */
const MIN_ACTIVITY = 5;

/**
 * Token t is a trade in the genitive with لل, right after a company's name: «النيل [للتقنية]»,
 * «الخليج [للاتصالات]», «[للنفط]».
 */
function isActivity(doc: Doc, t: number): boolean {
  if (!isWord(doc, t) || startsLine(doc, t)) return false;
  const { codes } = doc.folded;
  const s = doc.tokens.start[t];
  return doc.tokens.end[t] - s >= MIN_ACTIVITY && codes[s] === LAM && codes[s + 1] === LAM;
}
