import { keepCandidates, type Doc } from '../document';
import type { Candidate } from '../candidate';
import type { Rule } from './helpers/rule';
import { foldedWordSet } from './helpers/fold-words';
import { foldedSlice } from './helpers/token-text';
import { findProcliticStems, RESTORED_ARTICLE } from '../tokenize/find-proclitic-stems';
import { ALEF, LAM } from '../tokenize/arabic-letters';
import { ENTRY_CUSTOM } from '../lexicon/lexicon-types';
import type { AnnotationConventions } from '../types';

/**
 * Nouns that ANERcorp's annotators leave outside every name, tagging at most the name after them by
 * what that name is itself, where WikiFANE (and so the model, which learned from both) takes them in:
 * - ministries: none of TRAIN80's «وزارة» is tagged, not even «وزارة الخارجية الألمانية»;
 * - buildings and works, «مطار [دمشق] الدولي», «مسجد الملك [الحسن الثاني]»: in TRAIN80 outside every
 *   gold name 415 times in 426 (seven of the other eleven open a MISC), in WikiFANE inside one 819
 *   times in 2,522 («[مطار دمشق الدولي]», a facility under LOC);
 * - the other heads, «منتخب [هولندا]», «قطاع [غزة]», «نهر [دجلة]», «شركة [نوكيا]»: each seen at least
 *   ten times in TRAIN80, outside 516 times in 531; in WikiFANE they open 914 places or organizations
 *   in 2,713 uses.
 */
const UNTAGGED_HEADS = [
  'وزارة',
  'مسجد', 'جامع', 'كنيسة', 'كاتدرائية', 'معبد', 'ضريح', 'مطار', 'ميناء', 'محطة', 'معبر', 'سجن', 'معتقل', 'ملعب',
  'استاد', 'شارع', 'طريق', 'ساحة', 'ميدان', 'جسر', 'سد', 'نفق', 'برج', 'قصر', 'فندق', 'منتجع', 'مستشفى', 'مدرسة',
  'متحف', 'مصنع',
  'منتخب', 'نهر', 'محكمة', 'محاكم', 'مجمع', 'مؤسسة', 'مكتبة', 'برلمان', 'قطاع', 'إقليم', 'جيش', 'إمبراطورية',
  'شركة', 'صحيفة', 'مجلة', 'هيئة', 'معرض',
];

/** The stems of a first word, as findProcliticStems writes them. */
const stems = new Int32Array(4);

/**
 * Under the 'anercorp' conventions, drops the places and organizations one of these nouns opens,
 * whoever found them (the lexicon, the rules, or the model after them): «وزارة الخارجية الألمانية»
 * is no name, and in «مطار دمشق الدولي» the readings inside stand, «مطار [دمشق] الدولي». The
 * caller's own entries stay. Under 'general' it changes nothing.
 */
export const dropUntaggedHeads: Rule = {
  id: 'drop-untagged-heads',
  description: "under the 'anercorp' conventions, no ministry, facility or team noun opens a name: «مطار [دمشق] الدولي»",
  apply(doc: Doc, conventions: AnnotationConventions): void {
    if (conventions !== 'anercorp') return;
    // The nouns as the extractor folds them: «وزارة» is «وزاره» under the default folds, and keeps its «ة» with `taMarbuta: false`.
    const heads = foldedWordSet(doc, UNTAGGED_HEADS);
    keepCandidates(doc, (candidate) => !(mayDrop(doc, candidate) && opensWithHead(doc, candidate, heads)));
  },
};

/** A place or an organization, not the caller's own entry. */
function mayDrop(doc: Doc, candidate: Candidate): boolean {
  if (candidate.type !== 'PLACE' && candidate.type !== 'COUNTRY' && candidate.type !== 'ORGANIZATION') return false;
  return !(candidate.entry >= 0 && doc.index.entryFlags(candidate.entry) & ENTRY_CUSTOM);
}

/** Whether the candidate's first word is one of the heads, as is or after its proclitics: «وبالمطار» → «مطار». */
function opensWithHead(doc: Doc, candidate: Candidate, heads: ReadonlySet<string>): boolean {
  const { start } = candidate;
  const end = doc.tokens.end[candidate.tokStart];
  if (heads.has(bareNoun(doc, start, end, false))) return true;
  const count = findProcliticStems(doc.folded.codes, start, end, stems);
  for (let k = 0; k < count; k++) {
    if (heads.has(bareNoun(doc, start + (stems[k] >> 1), end, (stems[k] & RESTORED_ARTICLE) === 1))) return true;
  }
  return false;
}

/** The noun without its article: «المسجد» → «مسجد»; after ل the article keeps only its lam, «للمسجد» → ل + «لمسجد» → «مسجد». */
function bareNoun(doc: Doc, start: number, end: number, restoredArticle: boolean): string {
  const codes = doc.folded.codes;
  const hasArticle = end - start > 3 && codes[start] === ALEF && codes[start + 1] === LAM;
  return foldedSlice(doc, restoredArticle ? start + 1 : hasArticle ? start + 2 : start, end);
}
