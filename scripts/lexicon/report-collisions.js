// @ts-check
'use strict';
// Cross-type collisions among all lexicon entries (PERSON / COUNTRY / ORGANIZATION / PLACE /
// NATIONALITY; cue-tier places left out since they never match bare), sorted by how often the form
// occurs in TRAIN80 + WikiFANE, with the gold type votes of its mentions and the type that
// curated/collisions.tsv gives it. Review the top of this list and record decisions there.
// Usage: node scripts/lexicon/report-collisions.js [--top N] [--unresolved]
const path = require('path');
const { LEXICON_DIR } = require('./resolve-shared-dir');
const { readAllLexicons } = require('./read-lexicon-tsv');
const { readSideTable } = require('./read-side-table');
const { loadTrain80, loadWikifane } = require('./read-corpora');
const { collectMentions } = require('./collect-mentions');
const { foldArabic } = require('./fold-arabic');

/** The runtime normalize() when built (dist/), else the script-side fold with the same defaults. */
function loadFold() {
  try {
    const { normalize } = require('../../dist/index.js');
    return (/** @type {string} */ s) => normalize(s).text.replace(/\s+/g, ' ').trim();
  } catch {
    return foldArabic;
  }
}

function reportCollisions() {
  const fold = loadFold();
  /** @type {Map<string, Map<string, string[]>>} folded form → type → ids */
  const forms = new Map();
  for (const e of readAllLexicons(LEXICON_DIR)) {
    if (e.type === 'NAME' || e.attrs.tier === 'cue') continue;
    for (const n of [e.name, ...e.variants]) {
      const k = fold(n);
      const byType = forms.get(k) ?? new Map();
      const ids = byType.get(e.type) ?? [];
      if (!ids.includes(e.id)) ids.push(e.id);
      byType.set(e.type, ids);
      forms.set(k, byType);
    }
  }
  const colliding = [...forms.entries()].filter(([, t]) => t.size > 1);
  /** @type {Map<string, number>} */
  const freq = new Map(colliding.map(([k]) => [k, 0]));
  /** @type {Map<string, string[][]>} */
  const byFirst = new Map();
  for (const [k] of colliding) {
    const toks = k.split(' ');
    byFirst.set(toks[0] ?? '', [...(byFirst.get(toks[0] ?? '') ?? []), toks]);
  }
  for (const s of [...loadTrain80(), ...loadWikifane()]) {
    const f = s.map((t) => fold(t.token));
    f.forEach((tok, i) => {
      for (const toks of byFirst.get(tok) ?? []) {
        if (toks.every((t, j) => f[i + j] === t)) freq.set(toks.join(' '), (freq.get(toks.join(' ')) ?? 0) + 1);
      }
    });
  }
  const mentions = collectMentions(new Set());
  /** @type {Map<string, string>} */
  const decided = new Map();
  for (const r of readSideTable(path.join(LEXICON_DIR, 'curated/collisions.tsv'), ['name', 'type', 'note'])) decided.set(fold(r.name ?? ''), r.type ?? '');
  const rows = colliding.map(([k, types]) => {
    const m = mentions.get(foldArabic(k));
    const votes = m ? Object.entries(m.votes).sort().map(([t, n]) => `${t}:${n}`).join(',') : '';
    const typeList = [...types.entries()].sort().map(([t, ids]) => `${t}(${ids.slice(0, 3).join(',')}${ids.length > 3 ? ',…' : ''})`).join(' ');
    return { form: k, freq: freq.get(k) ?? 0, types: typeList, votes, decided: decided.get(k) ?? '' };
  });
  rows.sort((a, b) => b.freq - a.freq || (a.form < b.form ? -1 : 1));
  return rows;
}

if (require.main === module) {
  const topArg = process.argv.indexOf('--top');
  const top = topArg > 0 ? Number(process.argv[topArg + 1]) : Infinity;
  const unresolved = process.argv.includes('--unresolved');
  const rows = reportCollisions().filter((r) => !unresolved || !r.decided).slice(0, top);
  console.log(['form', 'corpus_freq', 'gold_votes', 'decided', 'types'].join('\t'));
  for (const r of rows) console.log([r.form, r.freq, r.votes, r.decided, r.types].join('\t'));
}

module.exports = { reportCollisions };
