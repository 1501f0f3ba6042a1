import type { EntityType, Provenance } from '../types';
import { addCandidate, type Doc } from '../document';
import type { CueClass } from '../lexicon/create-lexicon-index';
import { foldedString } from '../normalize/fold-text';
import { createCandidate, type Candidate } from '../candidate';
import { AFTER_NEWLINE, NUMBER, PUNCTUATION, WORD } from '../tokenize/scan-tokens';
import { ENTRY_CONTEXT, ENTRY_CUE_TIER, WORD_ANY_GIVEN, WORD_ANY_NAME, WORD_COMMON, WORD_FAMILY, WORD_FOREIGN, WORD_FOREIGN_FAMILY, WORD_FOREIGN_GIVEN, WORD_STOPWORD } from '../lexicon/lexicon-types';
import { ALEF, ALEF_MAKSURA, BA, FA, HEH, KAF, LAM, PROCLITIC_LETTERS, WAW, YA } from '../tokenize/arabic-letters';

/** Folded code units used by the token tests. */
/** Prepositions spelled with a final alef maksura, in folded form. */
const PREPOSITIONS = new Set(['علي', 'الي', 'حتي', 'لدي', 'متي', 'وعلي', 'والي', 'فعلي']);

/** A span of tokens [tokStart, tokEnd) and the folded offset where it starts (after any proclitic). */
export interface TokenSpan {
  readonly tokStart: number;
  readonly tokEnd: number;
  readonly start: number;
}

/** The longest match of a cue class starting at token t (proclitics peeled: «والرئيس» → «الرئيس»), or undefined. */
export function cueAt(doc: Doc, t: number, cue: CueClass): TokenSpan | undefined {
  if (t < 0 || t >= doc.tokens.count || !((doc.cueBits[t] as number) & cue.bit)) return undefined;
  const { matches, index } = doc;
  let best: TokenSpan | undefined;
  for (let m = matches.head[t] as number; m < (matches.head[t + 1] as number); m++) {
    if (!((index.formCues[matches.form[m] as number] as number) & cue.bit)) continue;
    const span = { tokStart: t, tokEnd: matches.tokEnd[m] as number, start: matches.start[m] as number };
    if (!best || span.tokEnd > best.tokEnd || (span.tokEnd === best.tokEnd && span.start < best.start)) best = span;
  }
  return best;
}

/** Is there a cue of this class ending right before token t? Returns its span. */
export function cueBefore(doc: Doc, t: number, cue: CueClass, maxLength = 4): TokenSpan | undefined {
  for (let s = t - 1; s >= Math.max(0, t - maxLength); s--) {
    const span = cueAt(doc, s, cue);
    if (span && span.tokEnd === t) return span;
  }
  return undefined;
}

/** The longest lexicon match of one of `types` starting at token t, with its entry. */
export function entityAt(
  doc: Doc,
  t: number,
  types: ReadonlySet<string>,
  standalone = false,
): (TokenSpan & { readonly entry: number; readonly type: EntityType }) | undefined {
  if (t < 0 || t >= doc.tokens.count) return undefined;
  const { matches, index } = doc;
  let best: (TokenSpan & { entry: number; type: EntityType }) | undefined;
  for (let m = matches.head[t] as number; m < (matches.head[t + 1] as number); m++) {
    const form = matches.form[m] as number;
    for (let i = index.formStart[form] as number, last = i + (index.formSize[form] as number); i < last; i++) {
      const entry = index.entryList[i] as number;
      const type = index.entryType(entry);
      if (!types.has(type)) continue;
      // With `standalone`, only readings that need no context: not a gazetteer village, not a common
      // word — but a nationality adjective is common by nature («الايراني»).
      if (standalone && (index.entryFlags(entry) & (ENTRY_CONTEXT | ENTRY_CUE_TIER) || (type !== 'NATIONALITY' && (matches.tokEnd[m] as number) - t === 1 && isCommon(doc, t)))) {
        continue;
      }
      const tokEnd = matches.tokEnd[m] as number;
      if (!best || tokEnd > best.tokEnd) best = { tokStart: t, tokEnd, start: matches.start[m] as number, entry, type: type as EntityType };
      break;
    }
  }
  return best;
}

/**
 * The lexicon's candidates for a city named without the article («ليون», «كوبنهاغن», not «القاهرة»),
 * taken before the caller adds its own. Reading those, not every token, keeps the club rules cheap.
 */
export function bareCityCandidates(doc: Doc): Candidate[] {
  return doc.candidates.filter((c) => c.type === 'PLACE' && c.entry >= 0 && doc.index.entrySubtype(c.entry) === 'city' && !hasArticle(doc, c.tokStart));
}

export function isWord(doc: Doc, t: number): boolean {
  return t >= 0 && t < doc.tokens.count && doc.tokens.kind[t] === WORD;
}

export function isPunct(doc: Doc, t: number, chars?: string): boolean {
  if (t < 0 || t >= doc.tokens.count || doc.tokens.kind[t] !== PUNCTUATION) return false;
  return chars === undefined || chars.includes(String.fromCharCode(doc.folded.codes[doc.tokens.start[t] as number] as number));
}

export function isNumber(doc: Doc, t: number): boolean {
  return t >= 0 && t < doc.tokens.count && doc.tokens.kind[t] === NUMBER;
}

/** Token t starts a new line. */
export function startsLine(doc: Doc, t: number): boolean {
  return t <= 0 || ((doc.tokens.flags[t] as number) & AFTER_NEWLINE) !== 0;
}

/** Word flags of token t (of its stem when a proclitic was peeled to find them). */
export function flagsOf(doc: Doc, t: number): number {
  return t >= 0 && t < doc.tokens.count ? (doc.tokenFlags[t] as number) : 0;
}

export function isCommon(doc: Doc, t: number): boolean {
  return (flagsOf(doc, t) & (WORD_COMMON | WORD_STOPWORD)) !== 0;
}

export function isStopword(doc: Doc, t: number): boolean {
  return (flagsOf(doc, t) & WORD_STOPWORD) !== 0;
}

/** A known name token: a given name, a family name or a foreign name («علي», «شمخاني», «نيكولاي»). */
export function isNameWord(doc: Doc, t: number): boolean {
  return isWord(doc, t) && (flagsOf(doc, t) & WORD_ANY_NAME) !== 0 && !isPrepositionSpelling(doc, t);
}

export function isGivenName(doc: Doc, t: number): boolean {
  return isWord(doc, t) && (flagsOf(doc, t) & WORD_ANY_GIVEN) !== 0 && !isPrepositionSpelling(doc, t);
}

/**
 * Folding ى → ي makes the preposition «على» look like the name «علي»; as written, a final
 * alef maksura marks the preposition. (Names ending in ى — «موسى», «مصطفى» — fold to a form that is
 * not a preposition and are not affected.)
 */
function isPrepositionSpelling(doc: Doc, t: number): boolean {
  const last = (doc.tokens.end[t] as number) - 1;
  if (doc.folded.codes[last] !== YA) return false;
  const original = doc.input.charCodeAt(doc.folded.starts[last] as number);
  return original === ALEF_MAKSURA && PREPOSITIONS.has(tokenText(doc, t));
}

/** A foreign name token of any kind (transliterated given or family name): «إندرياس», «كاسترو». */
export function isForeignName(doc: Doc, t: number): boolean {
  return isWord(doc, t) && (flagsOf(doc, t) & (WORD_FOREIGN_GIVEN | WORD_FOREIGN_FAMILY | WORD_FOREIGN)) !== 0 && !isCommon(doc, t);
}

export function isSurnameWord(doc: Doc, t: number): boolean {
  return isWord(doc, t) && (flagsOf(doc, t) & (WORD_FAMILY | WORD_FOREIGN_FAMILY | WORD_FOREIGN)) !== 0;
}

/**
 * An Arabic word that is neither a common word nor a stopword: what an unknown proper noun looks
 * like («زاويدو», «باتروشيف»). Known entity words qualify too; the rules decide what they mean.
 */
export function isOpenWord(doc: Doc, t: number): boolean {
  return isWord(doc, t) && !isCommon(doc, t);
}

/** The token (after any proclitic) begins with the article: «الايراني», «والعراق», «للامن» (ل + ال). */
export function hasArticle(doc: Doc, t: number): boolean {
  if (!isWord(doc, t)) return false;
  const codes = doc.folded.codes;
  const s = doc.tokens.start[t] as number;
  const e = doc.tokens.end[t] as number;
  if (e - s >= 4 && codes[s] === LAM && codes[s + 1] === LAM) return true;
  // The article opens the word or follows proclitics only: «[ال]عراق», «و[ال]عراق», «وب[ال]عراق» — not «ست[ال]من».
  // Read on the folded text, so a hamza written on it changes nothing («ألاعلى» is «الاعلى»), at the
  // price of names whose first alef bears one («ألفريد» reads as «الفريد»).
  for (let i = s; i < Math.min(s + 3, e - 2); i++) {
    if (codes[i] === ALEF && codes[i + 1] === LAM) return true;
    if (!PROCLITIC_LETTERS.has(codes[i] as number)) return false;
  }
  return false;
}

/** A nisba adjective shape, masculine or feminine: «الفاسي», «السورية» (with `feminine`, only the latter). */
export function isNisbaShaped(doc: Doc, t: number, feminine = false): boolean {
  const { codes } = doc.folded;
  const e = doc.tokens.end[t] as number;
  const isFeminine = e - (doc.tokens.start[t] as number) >= 4 && codes[e - 1] === HEH && codes[e - 2] === YA;
  return isFeminine || (!feminine && codes[e - 1] === YA);
}

/**
 * The token begins with a conjunction or a preposition other than the genitive ل before the
 * article: «والقوات», «فالحكومة», «بالمجلس», «كالعادة» start a new phrase, where «للامن» continues one.
 */
export function startsWithConjunction(doc: Doc, t: number): boolean {
  if (!isWord(doc, t)) return false;
  const codes = doc.folded.codes;
  const s = doc.tokens.start[t] as number;
  const first = codes[s];
  return (first === WAW || first === FA || first === BA || first === KAF) && ((codes[s + 1] === ALEF && codes[s + 2] === LAM) || (codes[s + 1] === LAM && codes[s + 2] === LAM));
}

/** Folded text between two folded offsets (for the small closed lists the rules check). */
export function foldedSlice(doc: Doc, start: number, end: number): string {
  return foldedString(doc.folded, start, end);
}

/** Token t's folded text. */
export function tokenText(doc: Doc, t: number): string {
  return foldedString(doc.folded, doc.tokens.start[t] as number, doc.tokens.end[t] as number);
}

/** The folded offset where token t begins after the proclitic that its word flags came from. */
export function stemStartOf(doc: Doc, t: number): number {
  return doc.stemStart[t] as number;
}

/** What a rule says about a candidate; the end offset follows from the last token. */
export interface RuleCandidate {
  readonly type: Candidate['type'];
  readonly tokStart: number;
  readonly tokEnd: number;
  readonly start: number;
  readonly source: Provenance;
  readonly score: number;
  readonly priority: number;
  /** The lexicon entry it names, when a known name was re-read by the rule (-1 or absent otherwise). */
  readonly entry?: number;
}

/** Adds a rule-made candidate. */
export function addRuleCandidate(doc: Doc, init: RuleCandidate): void {
  addCandidate(
    doc,
    createCandidate({
      type: init.type,
      tokStart: init.tokStart,
      tokEnd: init.tokEnd,
      start: init.start,
      end: doc.tokens.end[init.tokEnd - 1] as number,
      entry: init.entry ?? -1,
      source: init.source,
      score: init.score,
      priority: init.priority,
      canonical: undefined,
    }),
  );
}
