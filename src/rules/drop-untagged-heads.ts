import { keepCandidates, type Doc } from '../document';
import type { Candidate } from '../candidate';
import type { Rule } from './helpers/rule';
import { foldedWordSet } from './helpers/fold-words';
import { isBareNoun } from './helpers/is-bare-noun';
import { isCallerEntry } from './helpers/is-caller-entry';

/**
 * Nouns that ANERcorp's annotators leave outside every name, tagging at most the name after them by
 * what that name is itself, where WikiFANE (and so the model, which learned from both) takes them in:
 * - ministries: none of TRAIN80's «وزارة» is tagged, not even «وزارة الخارجية الألمانية»;
 * - buildings and works, «مطار [دمشق] الدولي», «مسجد الملك [الحسن الثاني]»: in TRAIN80 outside every
 *   gold name 415 times in 426 (seven of the other eleven open a MISC), in WikiFANE inside one 819
 *   times in 2,522 («[مطار دمشق الدولي]», a facility under LOC);
 * - the other heads, «منتخب [هولندا]», «قطاع [غزة]», «نهر [دجلة]»: each seen at least ten times in
 *   TRAIN80, outside every gold name 407 times in 419; in WikiFANE inside one 619 times in 1,716.
 * A company's, a newspaper's or a club's noun is not dropped but trimmed, since the name after it is
 * an organization: «شركة [نوكيا]» (trim-untagged-descriptors, which runs first).
 */
const UNTAGGED_HEADS = [
  'وزارة',
  'مسجد', 'جامع', 'كنيسة', 'كاتدرائية', 'معبد', 'ضريح', 'مطار', 'ميناء', 'محطة', 'معبر', 'سجن', 'معتقل', 'ملعب',
  'استاد', 'شارع', 'طريق', 'ساحة', 'ميدان', 'جسر', 'سد', 'نفق', 'برج', 'قصر', 'فندق', 'منتجع', 'مستشفى', 'مدرسة',
  'متحف', 'مصنع',
  'منتخب', 'نهر', 'محكمة', 'محاكم', 'مجمع', 'مؤسسة', 'مكتبة', 'برلمان', 'قطاع', 'إقليم', 'جيش', 'إمبراطورية',
  'هيئة', 'معرض',
];

/**
 * Under the 'anercorp' conventions, drops the places and organizations one of these nouns opens,
 * whoever found them (the lexicon, the rules, or the model after them): «وزارة الخارجية الألمانية»
 * is no name, and in «مطار دمشق الدولي» the readings inside stand, «مطار [دمشق] الدولي». The
 * caller's own entries stay. Under 'general' it changes nothing.
 */
export const dropUntaggedHeads: Rule = {
  id: 'drop-untagged-heads',
  description: "under the 'anercorp' conventions, no ministry, facility or team noun opens a name: «مطار [دمشق] الدولي»",
  conventions: 'anercorp',
  apply(doc: Doc): void {
    // The nouns as the extractor folds them: «وزارة» is «وزاره» under the default folds, and keeps its «ة» with `taMarbuta: false`.
    const heads = foldedWordSet(doc, UNTAGGED_HEADS);
    keepCandidates(doc, (candidate) => !(mayDrop(doc, candidate) && isBareNoun(doc, candidate.start, doc.tokens.end[candidate.tokStart], heads)));
  },
};

/** A place or an organization, not the caller's own entry. */
function mayDrop(doc: Doc, candidate: Candidate): boolean {
  if (candidate.type !== 'PLACE' && candidate.type !== 'COUNTRY' && candidate.type !== 'ORGANIZATION') return false;
  return !isCallerEntry(doc, candidate);
}
