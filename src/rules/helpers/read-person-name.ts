import type { Doc } from '../../document';
import { NAME_LINK } from './cue-classes';
import { cueAt } from './cue-at';
import { entityAt } from './entity-at';
import { flagsOf, isCommon, isForeignName, isNameWord, isOpenWord } from './is-name-word';
import { hasArticle } from './has-article';
import { isWord, startsLine } from './is-word';
import type { TokenSpan } from './token-span';
import { addRuleCandidate, type RuleFinding } from './add-rule-candidate';
import { ENTRY_CONTEXT, WORD_GIVEN, WORD_GIVEN_F, WORD_GIVEN_M } from '../../lexicon/lexicon-types';
import { ALEF, BA, HEH, LAM, MEEM, NOON, WAW, YA } from '../../tokenize/arabic-letters';

/** Names longer than this are not names but runs of unknown words. */
const MAX_NAME_TOKENS = 5;

const STOPPERS = new Set(['COUNTRY', 'NATIONALITY', 'ORGANIZATION']);
const MULTIWORD_ENTITIES = new Set(['COUNTRY', 'PLACE', 'ORGANIZATION']);
const COUNTRY_OR_ORGANIZATION = new Set(['COUNTRY', 'ORGANIZATION']);
/** A name that only rests on a title, with no known name token, is at most this long: «الرئيس [زاويدوف]». */
const MAX_UNKNOWN_NAME = 2;
const NAME_PARTS = new Set(['NAME', 'PERSON']);
/** Arabic given names: a family name with the article may follow them («سمير القنطار»). */
const ARABIC_GIVEN = WORD_GIVEN_M | WORD_GIVEN_F | WORD_GIVEN;
const NAMES = new Set(['NAME']);

/** Token t read whole, without peeling a proclitic: «ونظيره» does not continue «علي شمخاني». */
function isWhole(doc: Doc, t: number): boolean {
  return doc.stemStart[t] === doc.tokens.start[t];
}

/** Can token t continue a person's name already started? */
function continuesName(doc: Doc, t: number): boolean {
  if (!isWord(doc, t) || startsLine(doc, t)) return false;
  // A title, role or cue word ends the name: «نبيه بري [رئيس] مجلس النواب», «توماس فريدمان [الكاتب]».
  if (isCueWord(doc, t) || isCountryOrOrganization(doc, t)) return false;
  const first = doc.folded.codes[doc.tokens.start[t]];
  // «عمرو موسى [وعبد] الرحمن»: و before a known word is «and», even when the lexicon knows the whole token.
  if (first === WAW && hasKnownStem(doc, t)) return false;
  if (isNameWord(doc, t)) return isWhole(doc, t);
  if (entityAt(doc, t, STOPPERS) || startsEntity(doc, t)) return false;
  // An unknown word opening with و is «and …», not more of the name: «علي شمخاني [ونظيره]».
  if (first === WAW) return false;
  // An unknown word carrying a pronoun is a verb or a possessed noun, not more of the name:
  // «عائشة [لإقناعهم]», «عبادة [يمارسها]». A family name with the article may end so: «الجلاهم».
  if (endsWithPronoun(doc, t) && !hasArticle(doc, t)) return false;
  // After a foreign name, a word the lexicon knows neither whole nor after its first letter is more
  // of the name, whatever its first letters look like: «إندرياس [فالكيرو]» (no «ف» + «الكيرو»).
  if (followsForeignName(doc, t) && isUnknownWord(doc, t)) return isOpenWord(doc, t);
  // ب or ل before a known word or an article is a preposition: «[بالميدالية]», «[لوزير] الخارجية»;
  // before an unknown stem it may be the name itself: «نيكولاي [باتروشيف]».
  if ((first === BA || first === LAM) && hasKnownStem(doc, t)) return false;
  // An article word continues a name when it looks like a family name — a nisba in -ي («البارزاني»),
  // or any uncommon word right after an Arabic given name that is no common word itself («سمير
  // [القنطار]», «فيصل [المشعل]», but not «حسن الاستضافة») — not an adjective or a noun: «اليمين
  // [الدستورية]», «التقرير [الموحد]».
  if (hasArticle(doc, t) && doc.folded.codes[doc.tokens.end[t] - 1] !== YA && !followsArabicGivenName(doc, t)) return false;
  return isOpenWord(doc, t);
}

const MIN_PRONOUN_WORD = 5;

/** Token t ends in ها, هم, هما or هن and is long enough to be a stem with a pronoun: «يمارسها», «لإقناعهم». */
function endsWithPronoun(doc: Doc, t: number): boolean {
  const codes = doc.folded.codes;
  const s = doc.tokens.start[t];
  let e = doc.tokens.end[t];
  if (e - s < MIN_PRONOUN_WORD) return false;
  if (codes[e - 1] === ALEF && codes[e - 2] === MEEM) e--;
  const last = codes[e - 1];
  return codes[e - 2] === HEH && (last === MEEM || last === NOON || (last === ALEF && e === doc.tokens.end[t]));
}

/**
 * Token t comes right after an Arabic given name read whole that is no common word: «[سمير] القنطار»,
 * not «[حسن] الاستضافة» (a name that is also a word needs context: its entry says so).
 */
function followsArabicGivenName(doc: Doc, t: number): boolean {
  const p = t - 1;
  if (!(flagsOf(doc, p) & ARABIC_GIVEN) || !isWhole(doc, p) || isCommon(doc, p)) return false;
  const name = entityAt(doc, p, NAMES);
  return name !== undefined && name.tokEnd === t && !(doc.index.entryFlags(name.entry) & ENTRY_CONTEXT);
}

/**
 * Token t, an article word right after the name that follows a link, is the family name closing the
 * chain: «بن ناصر [الفهيد]». Not a common word («بن سلمان [الجديد]»), a cue, an entity, a new line, or a
 * word with a proclitic before its article («بن أبي النجود [بالروايتين]»).
 */
function closesChain(doc: Doc, t: number): boolean {
  if (t >= doc.tokens.count || !isWord(doc, t) || startsLine(doc, t) || !opensWithArticle(doc, t) || !isOpenWord(doc, t)) return false;
  return !isCueWord(doc, t) && !isCountryOrOrganization(doc, t) && !entityAt(doc, t, STOPPERS) && !startsEntity(doc, t) && !entityAt(doc, t, PLACES);
}

const PLACES = new Set(['PLACE']);

/** The token itself opens with the article, no proclitic before it: «الفهيد», not «بالروايتين». */
function opensWithArticle(doc: Doc, t: number): boolean {
  const { codes } = doc.folded;
  const s = doc.tokens.start[t];
  return codes[s] === ALEF && codes[s + 1] === LAM;
}

/** Token t comes right after a foreign name token read whole: «[إندرياس] فالكيرو». */
function followsForeignName(doc: Doc, t: number): boolean {
  return isForeignName(doc, t - 1) && isWhole(doc, t - 1);
}

/**
 * The lexicon knows token t neither whole nor without its first letter, and it does not open with the
 * article, which a foreign name does not take: «[فالكيرو]», but not «بول ماتفيينكو [التقطها]» (a verb).
 */
function isUnknownWord(doc: Doc, t: number): boolean {
  const { codes } = doc.folded;
  const s = doc.tokens.start[t];
  const e = doc.tokens.end[t];
  if (codes[s] === ALEF && codes[s + 1] === LAM) return false;
  return doc.word[t] === -1 && e - s >= 4 && doc.index.words.lookup(codes, s + 1, e) < 0;
}

/** A country or an organization that needs no context is no part of a name, even when a name list has it («روسيا»). */
function isCountryOrOrganization(doc: Doc, t: number): boolean {
  const entity = entityAt(doc, t, COUNTRY_OR_ORGANIZATION, true);
  return entity !== undefined && entity.tokEnd - t === 1;
}

/** Token t is a cue of some rule (title, role, place cue, organization head …), not a name link. */
function isCueWord(doc: Doc, t: number): boolean {
  return (doc.cueBits[t] & ~NAME_LINK.bit) !== 0;
}

/** Removing a proclitic (و ب ل) from token t leaves a word the lexicon knows, or an article. */
function hasKnownStem(doc: Doc, t: number): boolean {
  const { codes } = doc.folded;
  const s = doc.tokens.start[t] + 1;
  const e = doc.tokens.end[t];
  if (codes[s] === LAM || (codes[s] === ALEF && codes[s + 1] === LAM)) return true;
  return doc.index.words.lookup(codes, s, e) >= 0;
}

/** Token t starts a multi-word place, country or organization of the lexicon («خان شيخون»). */
function startsEntity(doc: Doc, t: number): boolean {
  // A place that opens on a name link and needs a cue to be read is a place named after a person:
  // the village «أبو عبيدة الجراح» does not stop «وصل [أبو عبيدة الجراح]».
  const entity = entityAt(doc, t, MULTIWORD_ENTITIES, cueAt(doc, t, NAME_LINK) !== undefined);
  return entity !== undefined && entity.tokEnd - entity.tokStart > 1;
}

/**
 * Reads a person's name starting at token t: a run of name tokens and unknown words, with the
 * links of Arabic name chains («نيكولاي باتروشيف», «خليفة بن زايد آل نهيان», «أبو عبد الله»).
 * It never starts with an article word that is not a known name («الجديد»), nor with a common
 * word that is also a given name unless another name token follows («علي» the name, not «على»).
 * With `requireKnown`, at least one token must be a known name token (when the name is the only
 * evidence); with `regnal` (after a ruler's title) a lone article word may be the name.
 * Returns the span (after any proclitic of the first token), or undefined.
 */
export function readPersonName(doc: Doc, t: number, requireKnown = false, regnal = false): TokenSpan | undefined {
  if (!isWord(doc, t) || t >= doc.tokens.count) return undefined;
  const firstLink = cueAt(doc, t, NAME_LINK);
  const firstIsName = isNameWord(doc, t);
  if (startsEntity(doc, t) || isCueWord(doc, t) || isCountryOrOrganization(doc, t)) return undefined;
  // After a ruler's title the name may be an article word, a laqab: «الخليفة [المستنصر]».
  const laqab = regnal && !firstIsName && hasArticle(doc, t) && isOpenWord(doc, t) && !entityAt(doc, t, STOPPERS, true);
  if (!firstIsName && !firstLink && !laqab && (!isOpenWord(doc, t) || hasArticle(doc, t) || entityAt(doc, t, STOPPERS))) return undefined;
  if (laqab) return { tokStart: t, tokEnd: t + 1, start: doc.tokens.start[t] };
  // A given name that is also a common word («دليل», «أمل») needs another, uncommon, name token after it.
  if (firstIsName && !firstLink && isCommon(doc, t) && !((isNameWord(doc, t + 1) && !isCommon(doc, t + 1)) || cueAt(doc, t + 1, NAME_LINK))) return undefined;
  const start = firstLink ? firstLink.start : firstIsName ? doc.stemStart[t] : doc.tokens.start[t];

  let end = t;
  let known = 0;
  while (end < doc.tokens.count && end - t < MAX_NAME_TOKENS) {
    if (end > t && startsLine(doc, end)) break;
    // A compound given name first («[عبد الله]», «[وعبد الله]»), then the links of a chain.
    const part = entityAt(doc, end, NAME_PARTS);
    if (part && part.tokEnd - end > 1 && (end === t || part.start === doc.tokens.start[end])) {
      known++;
      end = part.tokEnd;
      continue;
    }
    const link = end === t ? firstLink : cueAt(doc, end, NAME_LINK);
    if (link && (end === t || link.start === doc.tokens.start[end])) {
      const after = link.tokEnd;
      if (after >= doc.tokens.count || startsLine(doc, after)) break;
      // Links chain («أبي عبد الله», «بن عبد العزيز»): read on from the next link or compound name.
      const part = entityAt(doc, after, NAME_PARTS);
      if (cueAt(doc, after, NAME_LINK) || (part && part.tokEnd - after > 1)) {
        end = after;
        continue;
      }
      // After a link any name-like word belongs to the name, article words too: «بن [الحسن]», «آل [ثاني]».
      if (!(isNameWord(doc, after) || isOpenWord(doc, after))) break;
      if (isNameWord(doc, after)) known++;
      end = after + 1;
      // The chain runs to the family name after its last link, an article word too: «عبد الرحمن بن
      // ناصر [الفهيد]», «أبو خالد [الحمصي]». A common word, a cue or an entity still ends it.
      if (closesChain(doc, end)) end++;
      continue;
    }
    if (end > t && !continuesName(doc, end)) break;
    if (isNameWord(doc, end)) known++;
    end++;
  }
  if (end === t || (requireKnown && known === 0)) return undefined;
  if (known === 0 && end - t > MAX_UNKNOWN_NAME) end = t + MAX_UNKNOWN_NAME;
  return { tokStart: t, tokEnd: end, start };
}

/** How readPersonName reads: `requireKnown` (a known name token is the only evidence), `regnal` (after a ruler's title). */
export interface NameReading {
  readonly requireKnown?: boolean;
  readonly regnal?: boolean;
}

/**
 * Reads a person's name at token t (see readPersonName) and adds it as the rule's PERSON candidate:
 * what the title, nationality and coordination rules do once their context is found. Returns the
 * name, or undefined when none starts there.
 */
export function addPersonName(doc: Doc, t: number, reading: NameReading, found: RuleFinding): TokenSpan | undefined {
  const name = readPersonName(doc, t, reading.requireKnown, reading.regnal);
  if (name) addRuleCandidate(doc, 'PERSON', name, found);
  return name;
}
