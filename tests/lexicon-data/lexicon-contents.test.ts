import { normalize } from '../../src/index';
import { type LexiconEntry, allEntries, readEntries, readRows } from './read-lexicon-files';

const fold = (s: string): string => normalize(s).text.replace(/\s+/g, ' ').trim();

let index: Map<string, LexiconEntry[]> | undefined;
/** Entries that have `form` as name or variant, after the runtime normalization. */
function lookup(form: string): LexiconEntry[] {
  if (!index) {
    index = new Map();
    for (const e of allEntries()) {
      for (const n of [e.name, ...e.variants]) {
        const k = fold(n);
        const list = index.get(k) ?? [];
        if (!list.includes(e)) list.push(e);
        index.set(k, list);
      }
    }
  }
  return index.get(fold(form)) ?? [];
}

// ISO 3166-1 alpha-2 (249 codes) minus AQ (Antarctica is a continent), plus Kosovo.
const ISO_CODES = `AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ
CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD
GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM
KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA
NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ
SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU
WF WS XK YE YT ZA ZM ZW`.split(/\s+/);

// The 60 countries most mentioned in TRAIN80 + WikiFANE gold LOC mentions (scripts: collect-mentions).
const TOP_60 = `LB EG US IQ IL FR SY GB CN IT KW PS IN DE RU DZ SA IR MA ES JO MG JP DM LY TR QA OM AE HK TN CH AU SD YE TO BH
GR BR AF GF ET GH PK NL CL PL SO ID PH NG PT KG AT VN KR CU BE NZ MR`.split(/\s+/);

describe('countries', () => {
  const countries = readEntries('generated/countries.tsv');
  test('every ISO 3166-1 country plus Kosovo is a COUNTRY with its iso attr, and nothing else is', () => {
    expect(countries.map((e) => e.attrs.iso).sort()).toEqual([...ISO_CODES].sort());
    expect(countries.every((e) => e.id === `country:${e.attrs.iso}` && e.type === 'COUNTRY')).toBe(true);
  });

  test('the 60 most mentioned countries have at least 3 variants each', () => {
    const few = TOP_60.map((iso) => countries.find((e) => e.attrs.iso === iso)).filter((e) => !e || e.variants.length < 3).map((e) => e?.id);
    expect(few).toEqual([]);
  });

  test('no UN M49 macro-region is a COUNTRY', () => {
    for (const region of ['أفريقيا', 'آسيا', 'أوروبا', 'غرب آسيا', 'أمريكا اللاتينية', 'الاتحاد الأوروبي']) {
      expect([region, lookup(region).filter((e) => e.type === 'COUNTRY')]).toEqual([region, []]);
    }
  });

  test.each([
    ['روسيا', 'country:RU'], ['روسيا الاتحادية', 'country:RU'], ['الولايات المتحدة الأمريكية', 'country:US'],
    ['أميركا', 'country:US'], ['امريكا', 'country:US'], ['بريطانيا العظمى', 'country:GB'], ['المملكة المتحدة', 'country:GB'],
    ['جمهورية إيران الإسلامية', 'country:IR'], ['الجمهورية العربية السورية', 'country:SY'], ['جمهورية الصين الشعبية', 'country:CN'],
    ['فلسطين', 'country:PS'], ['كوسوفو', 'country:XK'], ['السعودية', 'country:SA'], ['روسيا البيضاء', 'country:BY'],
    ['المجر', 'country:HU'], ['هنغاريا', 'country:HU'], ['جمهورية مصر العربية', 'country:EG'], ['ساحل العاج', 'country:CI'],
  ])('«%s» is %s', (form, id) => {
    expect(lookup(form).filter((e) => e.type === 'COUNTRY').map((e) => e.id)).toEqual([id]);
  });
});

describe('nationalities', () => {
  test('at least 150 countries have a NATIONALITY entry', () => {
    expect(readEntries('generated/nationalities.tsv').length).toBeGreaterThanOrEqual(150);
  });

  test.each([
    ['الإيرانية', 'IR'], ['إيراني', 'IR'], ['الإيرانيون', 'IR'], ['إيرانيين', 'IR'], ['الإيرانيات', 'IR'],
    ['الأتراك', 'TR'], ['التركية', 'TR'], ['الروس', 'RU'], ['الأمريكيين', 'US'], ['الأميركي', 'US'], ['البريطاني', 'GB'],
    ['الإنجليز', 'GB'], ['المصرية', 'EG'], ['الفلسطينيون', 'PS'], ['الكوري الشمالي', 'KP'],
  ])('«%s» is NATIONALITY %s', (form, iso) => {
    expect(lookup(form).filter((e) => e.type === 'NATIONALITY').map((e) => e.attrs.iso)).toEqual([iso]);
  });
});

describe('places', () => {
  const places = allEntries().filter((e) => e.type === 'PLACE');
  test('at least 20,000 places, and no WOF neighbourhood without population at the bare tier', () => {
    expect(places.length).toBeGreaterThanOrEqual(20000);
    expect(places.filter((e) => e.subtype === 'neighbourhood' && !e.attrs.population && e.attrs.tier !== 'cue' && e.source === 'wof')).toEqual([]);
  });

  test.each([
    ['موسكو', 'city', 'RU'], ['دمشق', 'city', 'SY'], ['القاهرة', 'city', 'EG'], ['بيروت', 'city', 'LB'], ['طهران', 'city', 'IR'],
    ['بغداد', 'city', 'IQ'], ['حمص', 'city', 'SY'], ['لندن', 'city', 'GB'], ['باريس', 'city', 'FR'], ['واشنطن', 'city', 'US'],
    ['عمان', 'city', 'JO'], ['الجزائر العاصمة', 'city', 'DZ'], ['مدينة الكويت', 'city', 'KW'],
  ])('«%s» is a PLACE %s in %s (the capital or biggest of that name)', (form, subtype, country) => {
    const hits = lookup(form).filter((e) => e.type === 'PLACE' && e.subtype === subtype && e.attrs.tier !== 'cue');
    const best = [...hits].sort((a, b) => Number(b.attrs.capital ?? 0) - Number(a.attrs.capital ?? 0) || Number(b.attrs.population ?? 0) - Number(a.attrs.population ?? 0))[0];
    expect([form, best?.attrs.country]).toEqual([form, country]);
  });

  test.each([
    ['نهر النيل', 'river'], ['الفرات', 'river'], ['نهر دجلة', 'river'], ['البحر الأحمر', 'sea'], ['المحيط الهندي', 'sea'],
    ['آسيا', 'continent'], ['أوروبا', 'continent'], ['القارة القطبية الجنوبية', 'continent'], ['جبل الشيخ', 'natural'],
    ['المسجد الأقصى', 'landmark'], ['محافظة حمص', 'region'], ['الشرق الأوسط', 'region'],
  ])('«%s» is a PLACE %s', (form, subtype) => {
    expect([form, lookup(form).some((e) => e.type === 'PLACE' && e.subtype === subtype)]).toEqual([form, true]);
  });

  test('a WOF-only village, neighbourhood or commune of fewer than 1,000 people is cue-tier; under 2,000 only the corpora can lift it', () => {
    const population = (e: LexiconEntry): number => Number(e.attrs.population ?? 0);
    const small = places.filter((e) => e.source === 'wof' && e.attrs.tier !== 'cue'
      && (e.subtype === 'village' || e.subtype === 'neighbourhood' || e.attrs.placetype === 'localadmin') && population(e) < 2000);
    expect(small.filter((e) => population(e) < 1000).map((e) => e.id)).toEqual([]);
    // Corpus-corroborated exceptions are rare: a few dozen at most, not a tier.
    expect(small.length).toBeLessThan(50);
  });

  test.each([
    ['المجلس', 'a Yemeni hamlet of 12 people'], ['التحالف', 'a neighbourhood of 1,281'], ['الدورة', 'a neighbourhood of 3'],
  ])('«%s» (%s) is never a bare-tier PLACE', (form) => {
    expect([form, lookup(form).filter((e) => e.type === 'PLACE' && e.attrs.tier !== 'cue').map((e) => e.id)]).toEqual([form, []]);
  });

  test('the wrong Natural Earth label Albany → «ألبانيا» is not a river, and admin prefixes give a short variant', () => {
    expect(lookup('ألبانيا').map((e) => e.type)).toEqual(['COUNTRY']);
    expect(lookup('نهر ألبانيا')).toEqual([]);
    const homsRegion = lookup('محافظة حمص').find((e) => e.type === 'PLACE' && e.subtype === 'region');
    expect(homsRegion?.name === 'حمص' || homsRegion?.variants.includes('حمص')).toBe(true);
  });
});

describe('organizations and persons', () => {
  test('at least 800 curated organizations and 1,000 curated persons, every organization with a subtype', () => {
    const orgs = readEntries('curated/organizations.tsv');
    expect(orgs.length).toBeGreaterThanOrEqual(800);
    expect(orgs.filter((e) => e.subtype === '')).toEqual([]);
    expect(readEntries('curated/persons.tsv').length).toBeGreaterThanOrEqual(1000);
  });

  test.each([
    ['الأمم المتحدة', 'ORGANIZATION', 'international'], ['مجلس الأمن', 'ORGANIZATION', 'international'],
    ['اليونسكو', 'ORGANIZATION', 'agency'], ['الجامعة العربية', 'ORGANIZATION', 'international'],
    ['حلف شمال الأطلسي', 'ORGANIZATION', 'international'], ['الناتو', 'ORGANIZATION', 'international'],
    ['أوبك', 'ORGANIZATION', 'international'], ['حزب الله', 'ORGANIZATION', 'armed-group'], ['حماس', 'ORGANIZATION', 'armed-group'],
    ['طالبان', 'ORGANIZATION', 'armed-group'], ['داعش', 'ORGANIZATION', 'armed-group'], ['رويترز', 'ORGANIZATION', 'media'],
    ['إرنا', 'ORGANIZATION', 'media'], ['وكالة فارس', 'ORGANIZATION', 'media'], ['أ ف ب', 'ORGANIZATION', 'media'],
    // Parties and movements of Arabic news (issue 14 §5), by name and by a variant.
    ['حركة حماس', 'ORGANIZATION', 'armed-group'], ['حركة فتح', 'ORGANIZATION', 'party'], ['حزب العدالة والتنمية', 'ORGANIZATION', 'party'],
    ['حزب البعث العربي الاشتراكي', 'ORGANIZATION', 'party'], ['الحزب الوطني الديمقراطي', 'ORGANIZATION', 'party'], ['حزب النهضة', 'ORGANIZATION', 'party'],
    ['حزب الحرية والعدالة', 'ORGANIZATION', 'party'], ['حركة أمل', 'ORGANIZATION', 'party'], ['حزب الوفد', 'ORGANIZATION', 'party'],
    ['ياسر عرفات', 'PERSON', 'politician'], ['عرفات', 'PERSON', 'politician'], ['صدام حسين', 'PERSON', 'politician'],
    ['جورج بوش', 'PERSON', 'politician'], ['أرئيل شارون', 'PERSON', 'politician'], ['علي شمخاني', 'PERSON', 'politician'],
  ])('«%s» is %s %s', (form, type, subtype) => {
    expect([form, lookup(form).some((e) => e.type === type && e.subtype === subtype)]).toEqual([form, true]);
  });

  test('a bare common surname or given name is not a PERSON entry', () => {
    for (const form of ['بوش', 'محمد', 'مبارك', 'صدام', 'المالكي']) expect([form, lookup(form).filter((e) => e.type === 'PERSON')]).toEqual([form, []]);
  });
});

describe('names', () => {
  const names = allEntries().filter((e) => e.type === 'NAME');
  test('at least 3,000 Arabic given and family names', () => {
    expect(names.filter((e) => ['given-m', 'given-f', 'given', 'family'].includes(e.subtype)).length).toBeGreaterThanOrEqual(3000);
  });

  test.each([
    ['نيكولاي', 'foreign-given'], ['جون', 'foreign-given'], ['ساركوزي', 'foreign-family'], ['محمد', 'given-m'], ['فاطمة', 'given-f'],
    ['البرغوثي', 'family'],
  ])('«%s» is a NAME %s', (form, subtype) => {
    expect([form, lookup(form).some((e) => e.type === 'NAME' && e.subtype === subtype)]).toEqual([form, true]);
  });

  test.each([
    ['الدولة', 'a noun, from «سيف الدولة»'], ['الأموية', 'an adjective'], ['الطبيب', 'a noun'], ['دليل', 'a faker name, 1 Wikidata pair'],
    ['رئيس', 'a faker name, 1 Wikidata pair'],
  ])('common word «%s» (%s) is not a NAME token', (form) => {
    expect([form, lookup(form).filter((e) => e.type === 'NAME').map((e) => e.id)]).toEqual([form, []]);
  });

  test.each([['الأسد', 'family'], ['المالكي', 'family'], ['أكرم', 'given-m'], ['باسم', 'given-m']])('«%s» stays a NAME %s', (form, subtype) => {
    expect([form, lookup(form).some((e) => e.type === 'NAME' && e.subtype === subtype)]).toEqual([form, true]);
  });

  test.each(['كريم', 'أمل', 'جمال', 'سلام', 'عادل', 'حسن'])('given name «%s» needs context', (form) => {
    const given = lookup(form).filter((e) => e.type === 'NAME' && e.subtype.startsWith('given'));
    expect([form, given.length > 0 && given.every((e) => e.attrs.context === 'required')]).toEqual([form, true]);
  });
});

describe('licences and corpus protocol', () => {
  test('no shipped entry comes from the ODbL world-countries file', () => {
    expect(allEntries().filter((e) => /world-countries/.test(e.source))).toEqual([]);
  });

  test('harvested entries carry their corpus votes and a corpus source', () => {
    const harvested = allEntries().filter((e) => e.id.includes(':harvest:'));
    expect(harvested.length).toBeGreaterThan(1000);
    expect(harvested.filter((e) => !e.attrs.votes || !/anercorp-train80|wikifane/.test(e.source)).map((e) => e.id)).toEqual([]);
  });

  // ANERcorp keeps proclitics on names («وعمرو الصفتي» B-PER): harvested as written, the entry's
  // span would hold the «و» that every span leaves out.
  test('no harvested person keeps a proclitic before a known given name', () => {
    const given = new Set(
      allEntries()
        .filter((e) => e.type === 'NAME' && /^(given|given-m|given-f|foreign-given)$/.test(e.subtype))
        .flatMap((e) => [e.name, ...e.variants].map(fold)),
    );
    const bad = allEntries()
      .filter((e) => e.id.startsWith('person:harvest:'))
      .map((e) => fold(e.name).split(' ')[0] ?? '')
      .filter((first) => /^[وفبكل]/.test(first) && given.has(first.slice(1)) && !given.has(first));
    expect(bad).toEqual([]);
  });

  // WikiFANE split name-initial letters off as proclitics («ف لاديمير», «و يليام»): read as they
  // stand, the fragments became given names and the harvest stripped real initials by them.
  test.each([['لاديمير'], ['يليام'], ['رانكلين'], ['يفني'], ['زنياك']])('the fragment «%s» is no name', (fragment) => {
    expect(lookup(fragment).filter((e) => e.type === 'NAME')).toEqual([]);
  });

  test.each([['فلاديمير'], ['ويليام'], ['فرانكلين']])('the whole name «%s» is a given name', (name) => {
    expect(lookup(name).filter((e) => e.type === 'NAME').map((e) => e.subtype)).toContain('foreign-given');
  });

  test('common words include the stopwords and frequent non-entity corpus words', () => {
    const words = new Set(readRows('generated/common-words.tsv').map((r) => fold(r.cells[0] ?? '')));
    const common = ['في', 'على', 'العالم', 'التي', 'المجلس', 'الجيش', 'الاتحاد', 'التحالف', 'القومي', 'الشعبية', 'جامعة', 'سعادة', 'الدولة'];
    for (const w of common) expect([w, words.has(fold(w))]).toEqual([w, true]);
    for (const w of ['لبنان', 'مصر', 'بغداد', 'العراق', 'الأسد', 'المالكي']) expect([w, words.has(fold(w))]).toEqual([w, false]);
  });

  test('a corpus common word has at least 2 untagged uses and fewer than a third of its uses as a name', () => {
    const bad = readRows('generated/common-words.tsv')
      .filter((r) => /anercorp|wikifane/.test(r.cells[3] ?? ''))
      .filter((r) => { const o = Number(r.cells[1]); const e = Number(r.cells[2]); return o < 2 || 3 * e >= e + o; })
      .map((r) => `${r.file}:${r.line}`);
    expect(bad).toEqual([]);
  });

  test.each([
    ['الجزائر', 'COUNTRY'], ['الكويت', 'COUNTRY'], ['تونس', 'COUNTRY'], ['جيبوتي', 'COUNTRY'], ['الجزيرة', 'PLACE'],
  ])('collision «%s» is resolved to %s', (name, type) => {
    const row = readRows('curated/collisions.tsv').find((r) => fold(r.cells[0] ?? '') === fold(name));
    expect(row?.cells[1]).toBe(type);
  });
});
