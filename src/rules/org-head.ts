import type { Doc } from '../document';
import type { Rule } from './helpers/rule';
import { cueText, foldedSlice } from './helpers/token-text';
import { ORG_DESCRIPTOR, ORG_HEAD, PERSON_TITLE, REGNAL_TITLE } from './helpers/cue-classes';
import { readPersonName } from './helpers/read-person-name';
import { addRuleCandidate } from './helpers/add-rule-candidate';
import { cueAt, nextCue } from './helpers/cue-at';
import type { TokenSpan } from './helpers/token-span';
import { entityAt } from './helpers/entity-at';
import { hasArticle, isNameAdjectiveShaped, isNisbaShaped, startsWithConjunction } from './helpers/has-article';
import { isCommon, isNameWord, isOpenWord, isStopword } from './helpers/is-name-word';
import { isWord, startsLine } from './helpers/is-word';
import { isVerbShaped } from './helpers/is-verb-shaped';
import { PRIORITY } from '../priorities';
import { ALEF, LAM, TEH } from '../tokenize/arabic-letters';
import type { AnnotationConventions } from '../types';

const DISTINCTIVE = new Set(['COUNTRY', 'PLACE', 'NATIONALITY', 'ORGANIZATION']);
const NATIONALITY = new Set(['NATIONALITY']);
const ORGANIZATION = new Set(['ORGANIZATION']);
const PLACES = new Set(['COUNTRY', 'PLACE']);

/**
 * Indefinite heads that name an institution with a definite genitive alone: «[مصرف الرافدين]»,
 * «[معهد العلوم السياسية]», «[محكمة الجنايات الكبرى]».
 * Not مجلس, لجنة, جبهة, مركز …: «مجلس الوزراء», «جبهة الارهاب التكفيري» are no names by themselves.
 */
const NAMING_HEADS = new Set(['بنك', 'مصرف', 'جامعه', 'معهد', 'محكمه', 'جمعيه', 'حزب', 'مفوضيه', 'نقابه', 'اكاديميه']);
/**
 * Heads that name an institution by its domain under the 'general' conventions only: a ministry,
 * «[وزارة الصحة]», and an authority, «[هيئة الطيران المدني]» (WikiFANE tags 75 of its 117
 * ministries). ANERcorp leaves them untagged: no ministry of TRAIN80's 46 «وزارة» is tagged, not even
 * «وزارة الخارجية الألمانية»; nor «هيئة السكك الحديدية».
 */
const DOMAIN_HEADS = new Set(['وزاره', 'هييه']);
/**
 * An authority's domain is a noun and its adjective, «[هيئة الأوراق المالية]», or a construct,
 * «[هيئة كبار العلماء]»: a bare definite noun after «هيئة» is most often a body of people, «هيئة
 * الشورى» (WikiFANE: untagged 20 times in 20), «هيئة التدريس», «هيئة الدفاع».
 */
const NEEDS_TWO_WORDS = new Set(['هييه']);
/**
 * Naming heads whose construct names them only with a place, under the 'anercorp' conventions: its
 * news leaves an association named by a noun construct untagged, «بجمعية رجال الاعمال المصريين»
 * (TRAIN80), where WikiFANE tags «[جمعية أنصار …]», «[جمعية مهندسي …]».
 */
const CONSTRUCT_BY_PLACE_ONLY = new Set(['جمعيه']);
/**
 * Definite nouns of bodies that no head list names, and the plurals of bodies (folded): a conjunct
 * that is one has a head of its own, «[وزارة الخارجية] والسفارات», where a domain goes on the name,
 * «[وزارة التربية والتعليم]». A plain set, not a cue class: a cue class is a feature of the tagger's,
 * and this one lowered a retrained model (npm run train, DEV20 78.8 → 78.6, AQMAR 62.5 → 62.2).
 */
const BODY_NOUNS = new Set([
  'السفاره', 'القنصليه', 'البعثه', 'المديريه', 'الاداره', 'الدايره', 'السفارات', 'القنصليات', 'البعثات', 'الوزارات',
  'الهييات', 'الموسسات', 'الجامعات', 'المعاهد', 'الكليات', 'المدارس', 'المستشفيات', 'الشركات', 'البنوك', 'المصارف',
  'المديريات', 'الدواير', 'الادارات', 'المكاتب', 'المراكز', 'اللجان', 'المجالس', 'المنظمات', 'الجمعيات', 'الاحزاب',
  'النقابات', 'المحاكم', 'الاجهزه',
]);
/** An organization's name runs at most this many words after its head noun. */
const MAX_CHAIN = 6;

/**
 * ORGANIZATION: a head noun and its chain of article words, genitives and adjectives, up to a
 * boundary: «[المجلس الاعلى للامن القومي الايراني]», «[جامعة القاهرة]», «[حزب العمال البريطاني]».
 * The chain must hold something that makes it a name — a country, place, nationality or known
 * organization, or an unknown proper noun right after the head («[جامعة هارفارد]») — so that
 * «جبهة الارهاب التكفيري» or «مجلس الوزراء» alone are not taken. A word opening with و + article
 * («والقوات») starts a new phrase.
 */
export const orgHead: Rule = {
  id: 'org-head',
  description: 'a head noun (حزب، مجلس، جامعة، منظمة …) with its distinctive genitive/adjective chain: «[المجلس الاعلى للامن القومي الايراني]»',
  cues: [ORG_HEAD, ORG_DESCRIPTOR, PERSON_TITLE, REGNAL_TITLE],
  apply(doc: Doc, conventions: AnnotationConventions): void {
    const general = conventions === 'general';
    let from = 0;
    for (let head = nextCue(doc, ORG_HEAD, 0); head; head = nextCue(doc, ORG_HEAD, from)) {
      const t = head.tokStart;
      from = t + 1;
      const definite = hasArticle(doc, t);
      // «المساعي [المنظمة]»: a definite head right after a definite word is an adjective, not a head.
      if (definite && hasArticle(doc, t - 1) && !isStopword(doc, t - 1)) continue;
      const word = foldedSlice(doc, head.start, doc.tokens.end[head.tokEnd - 1]);
      const byDomain = general && !definite && DOMAIN_HEADS.has(word);
      const reading: HeadReading = {
        definite,
        naming: !definite && (NAMING_HEADS.has(word) || byDomain),
        constructByNoun: general || !CONSTRUCT_BY_PLACE_ONLY.has(word),
        // «[وزارة التربية والتعليم]»: a ministry's domain may be two nouns.
        twoDomains: byDomain && word === 'وزاره',
      };
      const last = Math.max(chainEnd(doc, head, reading), knownNameEnd(doc, head));
      if (last < 0) continue;
      // «هيئة الشورى»: an authority's bare genitive is no name (NEEDS_TWO_WORDS).
      if (byDomain && NEEDS_TWO_WORDS.has(word) && last === head.tokEnd + 1 && !entityAt(doc, head.tokEnd, DISTINCTIVE, true)) continue;
      // A place that ends a naming head's name, right after it or governed by its construct, is re-typed
      // by it: «[معهد واشنطن]» is the institute, «[محكمة جنايات القاهرة]» the court, not the city.
      const byPlace = reading.naming && (endsWithPlace(doc, head.tokEnd, last) || (last > head.tokEnd + 1 && !hasArticle(doc, head.tokEnd) && endsWithPlace(doc, head.tokEnd + 1, last)));
      addRuleCandidate(doc, 'ORGANIZATION', { tokStart: t, tokEnd: last, start: head.start }, {
        rule: 'org-head',
        detail: `head noun «${cueText(doc, head.tokStart, head.tokEnd)}» with ${byPlace ? 'the place it is named after' : 'a distinctive chain'}`,
        score: 0.7,
        priority: byPlace ? PRIORITY.retyped : PRIORITY.cue,
      });
      // A head inside the name just read is part of it, not the start of another.
      from = last;
    }
  },
};

/** How a head noun opens a name (chainEnd). */
interface HeadReading {
  /** The head has the article: «المجلس». */
  readonly definite: boolean;
  /** An indefinite head whose definite genitive names it by itself: «[مصرف الرافدين]». */
  readonly naming: boolean;
  /** A naming head's construct may govern a noun, not only a place: «[محكمة أمن الدولة]». */
  readonly constructByNoun: boolean;
  /** A second noun joined by «و» belongs to the name: «[وزارة التربية والتعليم]». */
  readonly twoDomains: boolean;
}

/**
 * Where the name of the organization headed by `head` ends: after its chain of article words,
 * genitives and known entities, when the chain holds something distinctive; -1 otherwise.
 */
function chainEnd(doc: Doc, head: TokenSpan, { definite, naming, constructByNoun, twoDomains }: HeadReading): number {
  let p = head.tokEnd;
  let last = p;
  let distinctive = false;
  // Once the chain holds what names it (a genitive, a known entity, a proper noun), only nisba
  // adjectives go on: «[مصرف لبنان المركزي] الفائدة», «[وزارة الزراعة المغربية] الحملة». A patron's
  // name leaves it open: «[جامعة الأمير نايف العربية للعلوم الأمنية]».
  let named = false;
  while (p < doc.tokens.count && p - head.tokEnd < MAX_CHAIN && isWord(doc, p) && !startsLine(doc, p)) {
    // A conjunct starts a new phrase («[حزب الوفد] والحكومة المصرية»), unless the chain is still a
    // domain and a nationality right after the conjunct agrees with the head over both:
    // «[وزارة التربية والتعليم الأردنية]».
    if (startsWithConjunction(doc, p)) {
      if (twoDomains && p === head.tokEnd + 1 && named && isSecondDomain(doc, p)) {
        p = last = p + 1;
        continue;
      }
      if (named || !isConjunctOfName(doc, p)) break;
      p++;
      continue;
    }
    // A ruler's title right after the head, with the name after it, names the institution after him:
    // «[جامعة الملك خالد]», «[مستشفى الأمير سلطان]».
    const title = naming && p === head.tokEnd ? cueAt(doc, p, REGNAL_TITLE) : undefined;
    const patron = title && readPersonName(doc, title.tokEnd, true);
    if (patron) {
      p = last = patron.tokEnd;
      distinctive = true;
      continue;
    }
    const entity = entityAt(doc, p, DISTINCTIVE, true);
    // A person's name ends the organization: «[حزب الوفد] محمود اباظة»; so does a title before one,
    // even with the article: «[حزب الله] السيد حسن نصر الله». A place right after a naming head
    // names it even when it is a name too: «[معهد واشنطن]».
    const placeNamed = naming && p === head.tokEnd && entity !== undefined && entity.start === doc.tokens.start[p];
    if ((isNameWord(doc, p) && !hasArticle(doc, p) && !placeNamed) || cueAt(doc, p, PERSON_TITLE)) break;
    // After an article word the construct is closed: an indefinite name there opens a phrase of its
    // own, «[جمعية الهلال الأحمر] مخيم جنين», where «[جامعة القاهرة]» takes it right after the head.
    if (entity && p > head.tokEnd && !hasArticle(doc, p) && entity.start === doc.tokens.start[p] && hasArticle(doc, p - 1)) break;
    if (entity && (entity.start === doc.tokens.start[p] || hasArticle(doc, p))) {
      // After the name, a word that is a country too is its nationality: «[وزارة الصحة السعودية]».
      const nationality = named && entity.type !== 'NATIONALITY' ? entityAt(doc, p, NATIONALITY, true) : entity;
      if (!nationality) break;
      p = last = nationality.tokEnd;
      distinctive = named = true;
      continue;
    }
    if (hasArticle(doc, p) && !isStopword(doc, p)) {
      // After a naming head, its definite genitive is the name: «[مصرف الرافدين]». A named chain goes on
      // only through nisba adjectives, «[حزب المؤتمر الوطني الديمقراطي]»; another definite noun is
      // the next phrase: «تولى [حزب العمال] السلطة».
      if (naming && p === head.tokEnd) distinctive = named = true;
      else if (named && !isNameAdjectiveShaped(doc, p)) break;
      p = last = p + 1;
      continue;
    }
    // A naming head's genitive may itself be a construct, «[محكمة أمن الدولة]», «[محكمة جنايات القاهرة]»:
    // an indefinite noun and the noun or place it governs (constructEnd).
    const construct = naming && p === head.tokEnd ? constructEnd(doc, p, constructByNoun) : -1;
    if (construct > 0) {
      p = last = construct;
      distinctive = named = true;
      continue;
    }
    // An unknown proper noun names the organization only right after an indefinite head: «جامعة [هارفارد]».
    if (!definite && p === head.tokEnd && isOpenWord(doc, p) && !isCommon(doc, p) && !isNameWord(doc, p)) {
      p = last = p + 1;
      distinctive = named = true;
      continue;
    }
    break;
  }
  return distinctive && last > head.tokEnd ? last : -1;
}

/** A place's name starts at token t and ends at `end`. */
function endsWithPlace(doc: Doc, t: number, end: number): boolean {
  const place = entityAt(doc, t, PLACES, true);
  return place !== undefined && place.start === doc.tokens.start[t] && place.tokEnd === end;
}

/**
 * Where a known organization's name that opens with the head runs on, through the nationality and
 * nisba adjectives after it, or -1: a name the lexicon knows inside a longer one does not cut it
 * short, «[حزب الحرية والعدالة المصري]», though its «و» would end the chain of common words.
 */
function knownNameEnd(doc: Doc, head: TokenSpan): number {
  const known = entityAt(doc, head.tokStart, ORGANIZATION, true);
  if (!known || known.start !== head.start || known.tokEnd <= head.tokEnd) return -1;
  let p = known.tokEnd;
  // An adjective opens on its article: «[البنك الافريقي] للتنمية» is a genitive phrase (TRAIN80 leaves it out).
  while (p < doc.tokens.count && p - head.tokEnd < MAX_CHAIN && isWord(doc, p) && !startsLine(doc, p) && hasArticle(doc, p) && doc.folded.codes[doc.tokens.start[p]] === ALEF && !isStopword(doc, p)) {
    const nationality = entityAt(doc, p, NATIONALITY, true);
    if (nationality && nationality.start === doc.tokens.start[p]) p = nationality.tokEnd;
    else if (isNameAdjectiveShaped(doc, p) && !entityAt(doc, p, DISTINCTIVE, true)) p++;
    else break;
  }
  return p > known.tokEnd ? p : -1;
}

/**
 * Token t, a definite noun after «و», is the second of two nouns the name coordinates: a nationality
 * adjective follows it, which agrees with the head: «وزارة التربية [والتعليم] الأردنية».
 */
function isConjunctOfName(doc: Doc, t: number): boolean {
  if (!hasArticle(doc, t) || isStopword(doc, t) || cueAt(doc, t, PERSON_TITLE) || entityAt(doc, t, DISTINCTIVE, true)) return false;
  const next = t + 1;
  if (!isWord(doc, next) || startsLine(doc, next) || !hasArticle(doc, next) || startsWithConjunction(doc, next)) return false;
  const nationality = entityAt(doc, next, NATIONALITY, true);
  return nationality !== undefined && nationality.start === doc.tokens.start[next];
}

/**
 * Token t, a definite noun after «و» right after a ministry's domain, is a second domain: what follows
 * it is no definite noun that would make it the next phrase's, unless a nationality agreeing with
 * the head: «[وزارة الاقتصاد والتجارة] .», «[وزارة الصحة والسكان المصرية]». A noun of bodies has a
 * head of its own and is the next phrase: «[وزارة الخارجية] والسفارات», «[وزارة الدفاع] والمجلس».
 */
function isSecondDomain(doc: Doc, t: number): boolean {
  if (!hasArticle(doc, t) || isStopword(doc, t) || cueAt(doc, t, PERSON_TITLE) || entityAt(doc, t, DISTINCTIVE, true)) return false;
  // The conjunction is one letter: «والسفارات» → «السفارات».
  if (BODY_NOUNS.has(foldedSlice(doc, doc.tokens.start[t] + 1, doc.tokens.end[t])) || cueAt(doc, t, ORG_HEAD) || cueAt(doc, t, ORG_DESCRIPTOR)) return false;
  const next = t + 1;
  if (!isWord(doc, next) || startsLine(doc, next) || !hasArticle(doc, next)) return true;
  if (startsWithConjunction(doc, next)) return false;
  const nationality = entityAt(doc, next, NATIONALITY, true);
  return nationality !== undefined && nationality.start === doc.tokens.start[next];
}

/**
 * Where a construct that names an institution after its head ends, or -1. It is an indefinite noun,
 * not a preposition («معهد لديناميكا الهواء»), and what it governs: a place, «محكمة [جنايات القاهرة]»,
 * «محكمة [استئناف باريس]»; or, `byNoun`, a bare definite noun after a common noun that is no nisba
 * adjective, «محكمة [أمن الدولة]», «بنك [تنمية الصادرات]» (a «تـ…ـية» is a verbal noun), not «حزب إسلامي
 * التوجه», «جمعية خيرية المنشأ» — an unknown word before one is a proper noun, «[جامعة هارفارد] العريقة».
 */
function constructEnd(doc: Doc, t: number, byNoun: boolean): number {
  const { codes } = doc.folded;
  if (!isWord(doc, t) || codes[doc.tokens.start[t]] === LAM || hasArticle(doc, t) || isStopword(doc, t) || isNameWord(doc, t) || isVerbShaped(doc, t)) return -1;
  const next = t + 1;
  if (!isWord(doc, next) || startsLine(doc, next) || isStopword(doc, next) || cueAt(doc, next, PERSON_TITLE)) return -1;
  // Before a place, a word in «ـية» is a noun: «محكمة [بداية رام الله]», «جامعة [ولاية أوهايو]».
  const place = entityAt(doc, next, PLACES, true);
  if (place && place.start === doc.tokens.start[next]) return place.tokEnd;
  if (!byNoun || !isCommon(doc, t) || (isNisbaShaped(doc, t) && codes[doc.tokens.start[t]] !== TEH)) return -1;
  const s = doc.tokens.start[next];
  return codes[s] === ALEF && codes[s + 1] === LAM ? next + 1 : -1;
}
