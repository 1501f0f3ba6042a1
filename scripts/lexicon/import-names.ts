// NAME tokens for the person rules (never returned as entities):
// - names-arabic.tsv: faker and curated given names (given-m / given-f, gender attr) and family names, plus the
//   tokens of gold PER mentions in TRAIN80 + WikiFANE (first token → given, last token → family);
// - names-foreign.tsv: Wikidata-aligned transliterations (netransliteration) seen at least
//   MIN_TRANSLIT_COUNT times, typed foreign-given / foreign-family by their position in corpus PER
//   mentions when known («نيكولاي» → foreign-given), else foreign; plus curated/foreign-given-names.tsv.
// A name that is also a common word («كريم»، «أمل») gets context=required, and is kept only with
// evidence that it is a name (see createNameCheck): the person rules treat every NAME token as a
// possible part of a name, so «رئيس» (a faker given name) or «الدولة» (from «سيف الدولة») would
// glue ordinary words onto names.
import type { BuildInputs } from './build-inputs';
import { generatedPath, readGenerated, type BuildContext, type StepResult } from './build-context';
import { NOT_NAMES, PARTICLES, collectPersonTokens, type TokenVotes } from './collect-person-tokens';
import { singleTotal, type WordCounts } from './collect-word-counts';
import { cleanName, foldName } from './fold-name';
import { formatLexiconTsv, type LexiconRow } from './format-lexicon-tsv';
import { readCommonWords, readSideTable } from './read-lexicon-files';

// Pairs seen 2-3 times are often mis-alignments and would add 7k tokens (~0.7 MB compiled) for little gain.
const MIN_TRANSLIT_COUNT = 4;

// A common word is a name token only when seen as a token of MIN_PER_USES gold person names of
// TRAIN80 + WikiFANE, or, for a faker name, in MIN_TRANSLIT_NAME Wikidata transliteration pairs:
// «أكرم» (20 pairs), «باسم» (19) stay, «دليل» (1), «رئيس» (1), «نادي» (4) go. Pairs are no evidence for
// a corpus token («انا» is Anna 265 times). An article word must moreover be a person's name in
// MIN_ARTICLE_PER_SHARE of its uses: «المدني» (10 of 42) stays; «المصري» (26 of 157: «الرئيس
// المصري حسني مبارك» is no «المصري حسني مبارك»), «الدولة» (14 of 287, from «سيف الدولة») go.
const MIN_PER_USES = 5;
const MIN_TRANSLIT_NAME = 10;
const MIN_ARTICLE_PER_SHARE = 0.2;
// A transliterated foreign token that is a common word is kept only when its pairs far outnumber
// its untagged uses (gold person spans are no evidence here: «السادس عشر» makes «عشر» a PER token):
// «بوب» (321 pairs, 4 untagged), «دييغو» (119, 2) stay; «من» (516, 14,337), «بير» (81, 263),
// «جيل» (66, 7) go.
const MIN_TRANSLIT_FOREIGN = 20;
const MIN_PAIRS_PER_O = 10;

// Given names that are everyday words or adjectives; always need context to be read as a name.
export const NAME_WORDS: readonly string[] = ['أمل', 'كريم', 'سلام', 'جمال', 'مبارك', 'عادل', 'حسن', 'سعيد', 'رشيد', 'نور', 'صالح', 'أمين', 'ناصر', 'منصور', 'فريد', 'وحيد', 'شريف', 'لطيف', 'نبيل', 'حكيم', 'رحمة', 'هدى', 'سماح', 'وفاء', 'إيمان', 'أمان', 'إسلام', 'بدر', 'ربيع', 'فجر', 'صباح', 'نجاح', 'فرح', 'سعادة', 'عزيز', 'جميل', 'كامل', 'فاضل', 'راشد', 'مجيد', 'ثابت', 'حليم', 'سالم', 'غالب', 'ماجد', 'منير', 'نجيب', 'هادي', 'وديع', 'باسم', 'سامي', 'عالي', 'زكي', 'رضا', 'عباس', 'غريب', 'عاطف', 'حر', 'ضياء', 'نصر', 'فوز', 'نهى', 'ندى', 'منى', 'مها', 'عبير', 'زهرة', 'ورد', 'وردة', 'ياسمين', 'شمس', 'قمر', 'بحر', 'سيف', 'أسد', 'نمر', 'صقر', 'فهد', 'ذيب', 'حمد', 'شادي', 'آمنة', 'أنور', 'حسام', 'عصام', 'همام', 'أيمن', 'مأمون', 'ميمون', 'مختار', 'مسعود', 'مصطفى', 'محمود', 'مرتضى', 'مجدي', 'جلال', 'كمال', 'إقبال', 'ابتسام', 'أحلام', 'أماني', 'حنان', 'سناء', 'شروق', 'غادة', 'هيام', 'ولاء', 'دعاء', 'رجاء', 'عفاف', 'فاتن', 'لطيفة', 'نعمة', 'نعيمة', 'وسام', 'يسرى', 'بشرى', 'حياة', 'سهام', 'صفاء', 'نادية', 'سلوى', 'عزة', 'كرامة', 'حرية', 'عدالة', 'تحرير', 'وطن', 'عربي', 'تركي', 'مصري', 'يمني', 'شامي', 'حلبي', 'بغدادي'];

type FakerPython = Record<string, { first_names_male?: string[]; first_names_female?: string[]; last_names?: string[] }>;
type FakerJs = Record<string, string[] | undefined>;
type NameSource = 'curated' | 'faker' | 'translit' | string;

/** Faker's Arabic given and family names: name → whether it is male, female, a family name. */
function readFakerNames(inputs: BuildInputs): Map<string, { m: boolean; f: boolean; family: boolean }> {
  const py = inputs.sharedJson('sources/faker-ar-names/python-faker-person-ar.json') as FakerPython;
  const js = inputs.sharedJson('sources/faker-ar-names/faker-js-ar.json') as FakerJs;
  const names = new Map<string, { m: boolean; f: boolean; family: boolean }>();
  const add = (list: readonly string[] | undefined, kind: 'm' | 'f' | 'family'): void => {
    for (const raw of list ?? []) {
      const n = cleanName(raw);
      if (!/^[\u0621-\u064A ]+$/.test(n)) continue;
      const slot = names.get(n) ?? { m: false, f: false, family: false };
      slot[kind] = true;
      names.set(n, slot);
    }
  };
  for (const locale of Object.keys(py).sort()) {
    add(py[locale]?.first_names_male, 'm');
    add(py[locale]?.first_names_female, 'f');
    add(py[locale]?.last_names, 'family');
  }
  add(js['person.first_name.male'], 'm');
  add(js['person.first_name.female'], 'f');
  add(js['person.last_name.generic'], 'family');
  return names;
}

/** Arabic token → summed alignment count of the Wikidata transliteration pairs (parsed once per BuildInputs). */
function readTransliterations(inputs: BuildInputs): ReadonlyMap<string, number> {
  return inputs.memo('transliterations', () => {
    const file = 'sources/netransliteration-wikidata-ar/wd_arabic.normalized.aligned.tokens';
    const counts = new Map<string, number>();
    inputs
      .sharedText(file)
      .split('\n')
      .forEach((line, i) => {
        if (!line) return;
        const [, letters, count] = line.split('\t');
        if (letters === undefined || count === undefined || !/^\d+$/.test(count)) throw new Error(`${file}:${i + 1}: expected english<TAB>letters<TAB>count`);
        const token = cleanName(letters.replace(/ /g, ''));
        counts.set(token, (counts.get(token) ?? 0) + Number(count));
      });
    return counts;
  });
}

/**
 * The evidence test above, as a predicate on a name token and the list it comes from. The
 * hand-reviewed lists (curated) need no evidence for a plain word («سعادة», «طعمة»), but an article
 * word of theirs does («الطبيب», «الكاتب»).
 */
function createNameCheck(counts: ReadonlyMap<string, WordCounts>, common: ReadonlySet<string>, translit: ReadonlyMap<string, number>): (name: string, source: NameSource) => boolean {
  return (name, source) => {
    const key = foldName(name);
    if (!common.has(key)) return true;
    const c = counts.get(key);
    const per = c ? (c.single['PER'] ?? 0) + c.perPart : 0;
    if (key.startsWith('ال')) {
      const uses = c ? c.o + singleTotal(c) + c.perPart + c.otherPart : 0;
      return per >= MIN_PER_USES && per >= MIN_ARTICLE_PER_SHARE * uses;
    }
    if (source === 'curated') return true;
    // Looked up as spelled, not folded: «رئيس» has 1 pair, its fold «رييس» also gets the 23 of «ريس» (Reyes).
    const pairs = translit.get(name) ?? 0;
    if (source === 'translit') return pairs >= MIN_TRANSLIT_FOREIGN && pairs >= MIN_PAIRS_PER_O * (c?.o ?? 0);
    return per >= MIN_PER_USES || (source === 'faker' && pairs >= MIN_TRANSLIT_NAME);
  };
}

export function importNames(ctx: BuildContext): StepResult {
  const inputs = ctx.inputs;
  const common = new Set(readCommonWords(readGenerated(ctx, 'common-words.tsv')).map((r) => foldName(r.word)));
  const translit = readTransliterations(inputs);
  const isNameToken = createNameCheck(ctx.wordCounts(), common, translit);
  const nameWords = new Set(NAME_WORDS.map(foldName));
  const contextFor = (n: string): string | undefined => (common.has(foldName(n)) || nameWords.has(foldName(n)) ? 'required' : undefined);
  const arabic = new Map<string, LexiconRow>();
  const knownKeys = new Set<string>();
  const put = (subtype: string, name: string, source: NameSource, attrs: Record<string, string | undefined>): void => {
    if (!isNameToken(name, source)) return;
    const id = `name:${subtype}:${name.replace(/ /g, '_')}`;
    const row = arabic.get(id);
    if (row) {
      if (!row.source.split('+').includes(source)) row.source += `+${source}`;
      return;
    }
    arabic.set(id, { id, type: 'NAME', subtype, name, attrs: { ...attrs, context: contextFor(name) }, source });
    knownKeys.add(`${subtype}|${foldName(name)}`);
  };
  const faker = readFakerNames(inputs);
  for (const [n, kind] of [...faker.entries()].sort()) {
    if (kind.m || kind.f) put(kind.m && kind.f ? 'given' : kind.m ? 'given-m' : 'given-f', n, 'faker', { gender: kind.m && kind.f ? undefined : kind.m ? 'm' : 'f' });
    if (kind.family) put('family', n, 'faker', {});
  }
  for (const row of readSideTable(inputs.curatedFile('curated/arabic-given-names.tsv'), ['name', 'gender'])) {
    const n = cleanName(row['name'] ?? '');
    const g = row['gender'];
    if (g !== 'm' && g !== 'f') throw new Error(`curated/arabic-given-names.tsv: gender of «${n}» must be m or f`);
    const other = g === 'm' ? 'given-f' : 'given-m';
    if (knownKeys.has(`${other}|${foldName(n)}`) || knownKeys.has(`given|${foldName(n)}`)) continue;
    put(`given-${g}`, n, 'curated', { gender: g });
  }
  for (const row of readSideTable(inputs.curatedFile('curated/arabic-family-names.tsv'), ['name'])) {
    const n = cleanName(row['name'] ?? '');
    if (!knownKeys.has(`family|${foldName(n)}`)) put('family', n, 'curated', {});
  }
  const fakerGiven = new Set([...arabic.values()].filter((r) => r.subtype !== 'family').map((r) => foldName(r.name)));
  const votes = collectPersonTokens(ctx.corpora);
  const foreign: LexiconRow[] = [];
  const sourceOf = (v: TokenVotes): string => [v.anercorp ? 'anercorp-train80' : '', v.wikifane ? 'wikifane' : ''].filter(Boolean).join('+');
  const positionOf = (v: TokenVotes): string => (v.last + v.single > 2 * (v.first + v.middle) ? 'family' : 'given');
  for (const [token, v] of [...votes.entries()].sort()) {
    const key = foldName(token);
    const total = v.first + v.last + v.middle + v.single;
    if (key.length < 2) continue;
    // A transliterated foreign token («نيكولاي») goes to the foreign list below.
    if ((translit.get(token) ?? 0) >= MIN_TRANSLIT_COUNT && !fakerGiven.has(key) && !token.startsWith('ال')) continue;
    if (total < 2) continue;
    // First or middle token of a mention → given («محمد حسني مبارك»); mostly last or alone → family.
    const subtype = fakerGiven.has(key) ? 'given' : positionOf(v);
    if (subtype === 'given' && ['given-m', 'given-f', 'given'].some((s) => knownKeys.has(`${s}|${key}`))) continue;
    if (subtype === 'family' && knownKeys.has(`family|${key}`)) continue;
    put(subtype, token, sourceOf(v), {});
  }
  const arabicKeys = new Set([...arabic.values()].map((r) => foldName(r.name)));
  for (const [token, count] of [...translit.entries()].sort()) {
    const key = foldName(token);
    if (count < MIN_TRANSLIT_COUNT || key.length < 3 || !/^[\u0621-\u064A]+$/.test(token)) continue;
    // The transliteration pairs themselves are no evidence here: «من» and «في» align with «Man», «Fi».
    if (arabicKeys.has(key) || !isNameToken(token, 'translit') || nameWords.has(key) || PARTICLES.has(token) || NOT_NAMES.has(token)) continue;
    const v = votes.get(token);
    const subtype = v ? `foreign-${positionOf(v)}` : 'foreign';
    foreign.push({ id: `name:${subtype}:${token}`, type: 'NAME', subtype, name: token, attrs: {}, source: v ? `wikidata-translit+${sourceOf(v)}` : 'wikidata-translit' });
    arabicKeys.add(key);
  }
  // Spellings the transliteration pairs miss («وليام»); one that is a common word would flag it everywhere.
  for (const row of readSideTable(inputs.curatedFile('curated/foreign-given-names.tsv'), ['name'])) {
    const n = cleanName(row['name'] ?? '');
    const key = foldName(n);
    if (arabicKeys.has(key) || common.has(key)) continue;
    foreign.push({ id: `name:foreign-given:${n}`, type: 'NAME', subtype: 'foreign-given', name: n, attrs: {}, source: 'curated' });
    arabicKeys.add(key);
  }
  const arabicPath = generatedPath('names-arabic.tsv');
  const foreignPath = generatedPath('names-foreign.tsv');
  return {
    files: [
      { path: arabicPath, text: formatLexiconTsv(arabicPath, [...arabic.values()], ['generated by scripts/lexicon/import-names.ts: faker-ar-names + PER tokens of ANERcorp TRAIN80 and WikiFANE']) },
      { path: foreignPath, text: formatLexiconTsv(foreignPath, foreign, [`generated by scripts/lexicon/import-names.ts: netransliteration-wikidata-ar tokens seen >= ${MIN_TRANSLIT_COUNT} times`]) },
    ],
    stats: { arabic: arabic.size, foreign: foreign.length },
  };
}
