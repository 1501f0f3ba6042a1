import { keepCandidates, type Doc } from '../document';
import type { Candidate } from '../candidate';
import type { Rule } from './helpers/rule';
import { foldedWordSet } from './helpers/fold-words';
import { isBareNoun } from './helpers/is-bare-noun';
import { isCallerEntry } from './helpers/is-caller-entry';
import { foldedSlice } from './helpers/token-text';

/**
 * Nouns that ANERcorp's annotators leave outside every name, tagging at most the name after them by
 * what that name is itself, where WikiFANE (and so the model, which learned from both) takes them in:
 * - ministries: none of TRAIN80's «وزارة» is tagged, not even «وزارة الخارجية الألمانية»;
 * - buildings and works, «مطار [دمشق] الدولي», «مسجد الملك [الحسن الثاني]»: in TRAIN80 outside every
 *   gold name 415 times in 426 (seven of the other eleven open a MISC), in WikiFANE inside one 819
 *   times in 2,522 («[مطار دمشق الدولي]», a facility under LOC);
 * - the other heads, «منتخب [هولندا]», «قطاع [غزة]», «نهر [دجلة]»: each seen at least ten times in
 *   TRAIN80, outside every gold name 407 times in 419; in WikiFANE inside one 619 times in 1,716;
 *   «مركز», «كلية» and «مكتب» (stop 26, among the held-out false organizations): outside 74 times in 77
 *   over four or five folds' articles, in WikiFANE inside 90 times in 473.
 * A company's, a newspaper's or a club's noun is not dropped but trimmed, since the name after it is
 * an organization: «شركة [نوكيا]» (trim-untagged-descriptors, which runs first).
 */
const UNTAGGED_HEADS = [
  'وزارة',
  'مسجد', 'جامع', 'كنيسة', 'كاتدرائية', 'معبد', 'ضريح', 'مطار', 'ميناء', 'محطة', 'معبر', 'سجن', 'معتقل', 'ملعب',
  'استاد', 'شارع', 'طريق', 'ساحة', 'ميدان', 'جسر', 'سد', 'نفق', 'برج', 'قصر', 'فندق', 'منتجع', 'مستشفى', 'مدرسة',
  'متحف', 'مصنع',
  'منتخب', 'نهر', 'محكمة', 'محاكم', 'مجمع', 'مؤسسة', 'مكتبة', 'برلمان', 'قطاع', 'إقليم', 'جيش', 'إمبراطورية',
  'هيئة', 'معرض', 'مركز', 'كلية', 'مكتب',
];

/**
 * Councils and committees named by what they do, the head and the word after it: «مجلس الوزراء»,
 * «المجلس التشريعي», «اللجنة المنظمة». TRAIN80 leaves them outside its names (مجلس الوزراء 9 times
 * in 9, مجلس الإدارة 7 in 7, مجلس التعاون 7 in 8, المجلس التشريعي 7 in 7, مجلس النواب 6 in 6,
 * اللجنة المنظمة 6 in 6, مجلس الشيوخ 4 in 4, اللجنة التنظيمية 3 in 3, الجمعية العامة 7 in 9); WikiFANE
 * tags them («[المجلس التشريعي]» 40 times in 43). «مجلس الأمن», which TRAIN80 tags 54 times in 58,
 * is not one of them, nor is a council named by its own name.
 */
const BODY_HEADS = ['مجلس', 'جمعية', 'لجنة'];
const UNTAGGED_BODY_WORDS = ['الوزراء', 'النواب', 'الشيوخ', 'التعاون', 'الإدارة', 'إدارة', 'التشريعي', 'العامة', 'المنظمة', 'التنظيمية'];

/**
 * Under the 'anercorp' conventions, drops the places and organizations one of these nouns opens, or
 * one of the councils above, whoever found them (the lexicon, the rules, or the model after them):
 * «وزارة الخارجية الألمانية» is no name, and in «مطار دمشق الدولي» the readings inside stand,
 * «مطار [دمشق] الدولي». The caller's own entries stay. Under 'general' it changes nothing.
 */
export const dropUntaggedHeads: Rule = {
  id: 'drop-untagged-heads',
  description: "under the 'anercorp' conventions, no ministry, facility, team noun or council named by what it does opens a name: «مطار [دمشق] الدولي», «مجلس النواب»",
  conventions: 'anercorp',
  apply(doc: Doc): void {
    // The nouns as the extractor folds them: «وزارة» is «وزاره» under the default folds, and keeps its «ة» with `taMarbuta: false`.
    const heads = foldedWordSet(doc, UNTAGGED_HEADS);
    const bodyHeads = foldedWordSet(doc, BODY_HEADS);
    const bodyWords = foldedWordSet(doc, UNTAGGED_BODY_WORDS);
    keepCandidates(doc, (candidate) => !(mayDrop(doc, candidate) && (isBareNoun(doc, candidate.start, doc.tokens.end[candidate.tokStart], heads) || isUntaggedBody(doc, candidate, bodyHeads, bodyWords))));
  },
};

/** The candidate opens with a council's head and the word that says what it does: «[مجلس النواب] الامريكي», «بالمجلس التشريعي». */
function isUntaggedBody(doc: Doc, candidate: Candidate, heads: ReadonlySet<string>, words: ReadonlySet<string>): boolean {
  const second = candidate.tokStart + 1;
  if (second >= candidate.tokEnd || !words.has(foldedSlice(doc, doc.tokens.start[second], doc.tokens.end[second]))) return false;
  return isBareNoun(doc, candidate.start, doc.tokens.end[candidate.tokStart], heads);
}

/** A place or an organization, not the caller's own entry. */
function mayDrop(doc: Doc, candidate: Candidate): boolean {
  if (candidate.type !== 'PLACE' && candidate.type !== 'COUNTRY' && candidate.type !== 'ORGANIZATION') return false;
  return !isCallerEntry(doc, candidate);
}
