'use strict';

/** One-letter entry type codes of the compiled lexicon (TYPE_CODES in src/lexicon/lexicon-types.ts). */
const TYPE_BY_CODE = { R: 'PERSON', C: 'COUNTRY', O: 'ORGANIZATION', P: 'PLACE', N: 'NATIONALITY', M: 'NAME' };

/** A numeric column: an Int32Array (alam-lexicon@3) or base64 little-endian Int32 (@2). */
function readInts(column) {
  if (typeof column !== 'string') return column;
  const bytes = Buffer.from(column, 'base64');
  const out = new Int32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i += 1) out[i] = bytes.readInt32LE(i * 4);
  return out;
}

/** A string column: `{ text, offsets }` (@3: value i is text[offsets[i], offsets[i+1])) or newline-joined (@2). */
function readStrings(column) {
  if (typeof column === 'string') return column.split('\n');
  const values = [];
  for (let i = 0; i + 1 < column.offsets.length; i += 1) values.push(column.text.slice(column.offsets[i], column.offsets[i + 1]));
  return values;
}

/**
 * The entries of a decoded alam lexicon artifact (as alam's own loader returns it) as rows
 * `{ type, forms, flags, rank }`, the surface forms canonical name first. Reading the decoded
 * artifact rather than the file keeps the bench independent of the file's byte layout.
 */
function readLexiconEntries(artifact, file) {
  if (!artifact || typeof artifact.entryTypes !== 'string' || !artifact.entryForms || !artifact.entryFlags || !artifact.entryRanks) {
    throw new Error(`${file}: not a decoded alam lexicon (format ${JSON.stringify(artifact && artifact.format)}; expected entryTypes, entryForms, entryFlags, entryRanks)`);
  }
  const types = artifact.entryTypes;
  const flags = readInts(artifact.entryFlags);
  const ranks = readInts(artifact.entryRanks);
  const forms = readStrings(artifact.entryForms);
  if (forms.length !== types.length || flags.length !== types.length || ranks.length !== types.length) {
    throw new Error(`${file}: lexicon columns disagree (${types.length} types, ${forms.length} form lists, ${flags.length} flags, ${ranks.length} ranks)`);
  }
  return [...types].map((code, i) => {
    const type = TYPE_BY_CODE[code];
    if (!type) throw new Error(`${file}: entry ${i} has unknown type code ${JSON.stringify(code)}`);
    return { type, forms: forms[i].split('\t'), flags: flags[i], rank: ranks[i] };
  });
}

module.exports = { readLexiconEntries };
