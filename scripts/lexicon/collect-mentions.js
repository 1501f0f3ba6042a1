// @ts-check
'use strict';
// Every gold entity mention of TRAIN80 and WikiFANE, keyed by its folded text, with its coarse type
// votes, how often the same words occur untagged (O), WikiFANE fine classes, and surface spellings.
// ANERcorp keeps proclitics on the first token («وروسيا» B-LOC), WikiFANE sometimes: a leading
// و/ف/ب/ل/ك (لل → ال) is stripped only when the stripped form is itself a mention or a gazetteer name,
// or, for a person, when it leaves a known given name where the whole first word is none
// («[و]عمرو الصفتي», «[ل]فلوران مالودا», but «وليد توفيق», «فرانك ريبيري»).
const { foldArabic, cleanName } = require('./fold-arabic');
const { readChunks } = require('./read-conll');
const { loadTrain80, loadWikifane, loadWikifaneFine } = require('./read-corpora');

/**
 * @typedef {{ key: string, votes: Record<string, number>, fine: Record<string, number>,
 *   corpora: Set<string>, surfaces: Map<string, number>, anercorpSurfaces: Map<string, number> }} Mention
 */

/** @param {Record<string, number>} rec @param {string} k @param {number} [n] */
function bump(rec, k, n = 1) {
  rec[k] = (rec[k] ?? 0) + n;
}

/** Proclitic-stripped form of a mention, or null: «وروسيا» → «روسيا», «للأمم المتحدة» → «الأمم المتحدة». */
/** @param {string} text */
function stripProclitic(text) {
  if (/^لل/.test(text)) return `ال${text.slice(2)}`;
  if (/^[وفبلك]/.test(text) && (text.split(' ')[0] ?? '').length > 2) return text.slice(1);
  return null;
}

/**
 * @param {Set<string>} gazetteerKeys folded names of the existing lexicon entries
 * @param {Set<string>} [givenNames] folded given names (NAME entries), for names harvested with a proclitic
 */
function collectMentions(gazetteerKeys, givenNames = new Set()) {
  /** @type {Map<string, Mention>} */
  const mentions = new Map();
  /** @param {string} key */
  const slot = (key) => {
    let m = mentions.get(key);
    if (!m) {
      m = { key, votes: {}, fine: {}, corpora: new Set(), surfaces: new Map(), anercorpSurfaces: new Map() };
      mentions.set(key, m);
    }
    return m;
  };
  /** @type {{ text: string, type: string, fine: string, corpus: string }[]} */
  const raw = [];
  for (const s of loadTrain80()) {
    for (const ch of readChunks(s)) raw.push({ text: cleanName(ch.tokens.join(' ')), type: ch.type, fine: '', corpus: 'anercorp-train80' });
  }
  const coarse = loadWikifane();
  const fine = loadWikifaneFine();
  coarse.forEach((s, si) => {
    const fineChunks = readChunks(fine[si] ?? []);
    readChunks(s).forEach((ch, ci) => {
      const f = fineChunks[ci];
      raw.push({ text: cleanName(ch.tokens.join(' ')), type: ch.type, fine: f && f.start === ch.start ? f.type : '', corpus: 'wikifane' });
    });
  });
  // WikiFANE splits most clitics but not all («للعراق»، «بفرنسا» stay whole), so both corpora go
  // through the same check.
  const rawKeys = new Set(raw.map((r) => foldArabic(r.text)));
  for (const { text, type, fine: fineType, corpus } of raw) {
    // A person's name after a proclitic: «[و]عمرو الصفتي», «[ل]لوسي يعقوب» (not «الوسي»).
    const givenAfter = type === 'PER' && /^[وفبكل]/.test(text) && leavesGivenName(foldArabic(text), foldArabic(text.slice(1)), givenNames);
    const stripped = givenAfter ? text.slice(1) : stripProclitic(text);
    const strippedKey = stripped ? foldArabic(stripped) : '';
    const useStripped = stripped && (givenAfter || rawKeys.has(strippedKey) || gazetteerKeys.has(strippedKey));
    const surface = useStripped && stripped ? stripped : text;
    const m = slot(foldArabic(surface));
    bump(m.votes, type);
    if (fineType) bump(m.fine, fineType);
    m.corpora.add(corpus);
    m.surfaces.set(surface, (m.surfaces.get(surface) ?? 0) + 1);
    if (corpus === 'anercorp-train80') m.anercorpSurfaces.set(surface, (m.anercorpSurfaces.get(surface) ?? 0) + 1);
  }
  countUntagged(mentions);
  return mentions;
}

/**
 * Stripping the proclitic leaves a given name as the first word, and the first word as written is no
 * given name: «وعمرو» → «عمرو», but «وليد» stays.
 * @param {string} key @param {string} strippedKey @param {Set<string>} givenNames
 */
function leavesGivenName(key, strippedKey, givenNames) {
  return givenNames.has(strippedKey.split(' ')[0] ?? '') && !givenNames.has(key.split(' ')[0] ?? '');
}

/**
 * Add O votes: occurrences of a mention's exact words with every token tagged O.
 * @param {Map<string, Mention>} mentions
 */
function countUntagged(mentions) {
  /** @type {Map<string, string[][]>} first folded token → candidate token lists */
  const byFirst = new Map();
  for (const key of mentions.keys()) {
    const toks = key.split(' ');
    const list = byFirst.get(toks[0] ?? '') ?? [];
    list.push(toks);
    byFirst.set(toks[0] ?? '', list);
  }
  for (const s of [...loadTrain80(), ...loadWikifane()]) {
    const folded = s.map((t) => foldArabic(t.token));
    for (let i = 0; i < s.length; i++) {
      if (s[i]?.tag !== 'O') continue;
      for (const toks of byFirst.get(folded[i] ?? '') ?? []) {
        let ok = true;
        for (let j = 0; j < toks.length && ok; j++) ok = folded[i + j] === toks[j] && s[i + j]?.tag === 'O';
        if (ok) bump(mentions.get(toks.join(' '))?.votes ?? {}, 'O');
      }
    }
  }
}

module.exports = { collectMentions, stripProclitic };
