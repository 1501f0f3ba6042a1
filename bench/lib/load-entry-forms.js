'use strict';
const fs = require('fs');
const path = require('path');
const { readLexiconEntries } = require('./read-lexicon-entries');

const RETURNED_TYPES = new Set(['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE']);
const FIXTURE = path.join(__dirname, '..', 'fixtures', 'dev-entries.json');
/** Entry flags of the compiled lexicon (src/lexicon/lexicon-types.ts): context-required and cue-only entries. */
const ENTRY_CONTEXT = 1 << 0;
const ENTRY_CUE_TIER = 1 << 1;

/** Rows `{ type, forms, bare, rank }` from a compiled alam lexicon or the dev fixture. */
function readEntryRows(json, file) {
  if (json && Array.isArray(json.entries)) {
    return json.entries.map((entry) => ({ type: entry.type, forms: [entry.name, ...(entry.variants || [])], bare: true, rank: 0 }));
  }
  return readLexiconEntries(json, file).map((row) => ({
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
 * by several entries gets the type of the preferred one (lowest compiled rank). Falls back to a
 * small fixture (and says so in `source`) while data/lexicon.json does not exist.
 */
function loadEntryForms({ lexicon, normalize }) {
  const file = fs.existsSync(lexicon) ? lexicon : FIXTURE;
  const rows = readEntryRows(JSON.parse(fs.readFileSync(file, 'utf8')), file);
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
    source: file === FIXTURE ? 'a small fixture (data/lexicon.json missing)' : path.relative(path.resolve(__dirname, '../..'), file),
    folded: Boolean(normalize),
    entries,
    skippedContextOnly: skipped,
    byType,
    forms,
  };
}

module.exports = { loadEntryForms };
