import { keepCandidates, type Doc } from '../document';
import type { Candidate } from '../candidate';
import type { Rule } from './helpers/rule';
import { foldedWordSet } from './helpers/fold-words';
import { isBareNoun } from './helpers/is-bare-noun';
import { isPunct, isWord } from './helpers/is-word';
import { foldedSlice } from './helpers/token-text';
import { isCallerEntry } from './helpers/is-caller-entry';

/** Nouns of works whose quoted title follows: «رواية " الكرنك "», «فيلم « حلم »». */
const WORK_NOUNS = ['رواية', 'روايات', 'فيلم', 'فيلمي', 'أفلام', 'كتاب', 'مسلسل', 'مسرحية', 'ديوان', 'قصيدة', 'أغنية', 'ألبوم', 'قصة', 'برنامج'];
const OPENING_QUOTES = '"«“\'';
const CLOSING_QUOTES = '"»”\'';
/** Longer quotes are speech, not titles. */
const MAX_TITLE_TOKENS = 8;

/**
 * A quoted title after a work noun names the work, not the place or person its words name: «رواية
 * " [القاهرة الجديدة] "» is a novel (MISC in both corpora), not Cairo. In TRAIN80 the first word of
 * such a title is a MISC 21 times and a place once; in WikiFANE a MISC 32 times and never a place.
 * So every reading inside it is dropped, under any conventions, whoever proposed it (the model reads
 * «القاهرة» as the city it mostly is). A list of titles after one noun counts each: «رواية " عبث
 * الأقدار " و " رادوبيس "». The caller's own entries stay.
 */
export const dropWorkTitles: Rule = {
  id: 'drop-work-titles',
  description: 'a quoted title after «رواية», «فيلم», «كتاب» and their like names a work: no place or person inside it',
  apply(doc: Doc): void {
    const nouns = foldedWordSet(doc, WORK_NOUNS);
    const inTitle = titleTokens(doc, nouns);
    if (!inTitle) return;
    keepCandidates(doc, (candidate) => !(insideTitle(candidate, inTitle) && !isCallerEntry(doc, candidate)));
  },
};

/** The tokens of the quoted titles of works, or undefined when the document has none. */
function titleTokens(doc: Doc, nouns: ReadonlySet<string>): Uint8Array | undefined {
  let inTitle: Uint8Array | undefined;
  const { count } = doc.tokens;
  for (let t = 0; t + 2 < count; t++) {
    if (!isWord(doc, t) || !isPunct(doc, t + 1, OPENING_QUOTES)) continue;
    if (!isBareNoun(doc, doc.tokens.start[t], doc.tokens.end[t], nouns)) continue;
    let open = t + 1;
    for (;;) {
      const close = closingQuote(doc, open);
      if (close < 0) break;
      inTitle ??= new Uint8Array(count);
      inTitle.fill(1, open + 1, close);
      // The next title of a list: «" عبث الأقدار " و " رادوبيس "», «" حلم " ، " عقاب "».
      const next = isListJoint(doc, close + 1) ? close + 2 : -1;
      if (next < 0 || !isPunct(doc, next, OPENING_QUOTES)) break;
      open = next;
    }
  }
  return inTitle;
}

/** The token closing the quote opened at `open`, within MAX_TITLE_TOKENS, or -1 (an empty quote too). */
function closingQuote(doc: Doc, open: number): number {
  for (let c = open + 2; c <= open + 1 + MAX_TITLE_TOKENS && c < doc.tokens.count; c++) {
    if (isPunct(doc, c, CLOSING_QUOTES)) return c;
  }
  return -1;
}

/** «و» standing alone, or a comma: what joins two titles of a list. */
function isListJoint(doc: Doc, t: number): boolean {
  if (isPunct(doc, t, '،,')) return true;
  return isWord(doc, t) && foldedSlice(doc, doc.tokens.start[t], doc.tokens.end[t]) === 'و';
}

function insideTitle(candidate: Candidate, inTitle: Uint8Array): boolean {
  if (candidate.type === 'NATIONALITY') return false;
  for (let t = candidate.tokStart; t < candidate.tokEnd; t++) if (!inTitle[t]) return false;
  return true;
}
