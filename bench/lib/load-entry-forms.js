'use strict';
const path = require('path');
const { readLexiconEntries } = require('./read-lexicon-entries');

const RETURNED_TYPES = new Set(['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE']);
/** Entry flags of the compiled lexicon (src/lexicon/lexicon-types.ts): context-required and cue-only entries. */
const ENTRY_CONTEXT = 1 << 0;
const ENTRY_CUE_TIER = 1 << 1;

/** Repository-relative inside the checkout, absolute for a benched snapshot elsewhere. */
function displayPath(file) {
  const relative = path.relative(path.resolve(__dirname, '../..'), file);
  return relative.startsWith('..') ? file : relative;
}

/** Rows `{ type, forms, bare, rank }` of the compiled lexicon. */
function readEntryRows(artifact, file) {
  return readLexiconEntries(artifact, file).map((row) => ({
    type: row.type,
    forms: row.forms,
    bare: (row.flags & (ENTRY_CONTEXT | ENTRY_CUE_TIER)) === 0,
    rank: row.rank,
  }));
}

/**
 * The (type, form) pairs the peers are loaded with, so every system knows the same names:
 * every surface form (canonical name and variants) of the entries of alam's compiled default
 * lexicon whose type alam returns by default, plus each form folded by alam's own `normalize`
 * (peers do not fold the input, so «المانيا» only matches if that spelling is loaded too).
 * Entries alam never matches bare (context-required or cue-only) are left out. A form shared
 * by several entries gets the type of the preferred one (lowest compiled rank).
 * The artifact is decoded by alam's own loader (dist/lexicon/load-lexicon), so a missing or
 * stale file fails here with alam's error rather than giving the peers something else.
 */
function loadEntryForms({ dist, normalize }) {
  const loader = require(path.join(dist, 'lexicon', 'load-lexicon'));
  const file = loader.LEXICON_ARTIFACT_PATH;
  const rows = readEntryRows(loader.loadBundledLexicon(), file);
  const best = new Map();
  let entries = 0;
  let skipped = 0;
  for (const row of rows) {
    if (!RETURNED_TYPES.has(row.type)) continue;
    if (!row.bare) {
      skipped += 1;
      continue;
    }
    entries += 1;
    for (const surface of row.forms) {
      if (typeof surface !== 'string' || surface.trim() === '') continue;
      const spellings = normalize ? [surface, normalize(surface)] : [surface];
      for (const form of spellings) {
        const held = best.get(form);
        if (!held || row.rank < held.rank) best.set(form, { type: row.type, rank: row.rank });
      }
    }
  }
  const forms = [...best].map(([form, { type }]) => ({ type, form }));
  const byType = {};
  for (const f of forms) byType[f.type] = (byType[f.type] || 0) + 1;
  return {
    source: displayPath(file),
    folded: Boolean(normalize),
    entries,
    skippedContextOnly: skipped,
    byType,
    forms,
  };
}

module.exports = { loadEntryForms };
