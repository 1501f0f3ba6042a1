'use strict';

/** One-letter entry type codes of alam-lexicon@2 (TYPE_CODES in src/lexicon/lexicon-types.ts). */
const TYPE_BY_CODE = { R: 'PERSON', C: 'COUNTRY', O: 'ORGANIZATION', P: 'PLACE', N: 'NATIONALITY', M: 'NAME' };

function decodeInt32(base64) {
  const bytes = Buffer.from(base64, 'base64');
  const out = new Int32Array(bytes.length / 4);
  for (let i = 0; i < out.length; i += 1) out[i] = bytes.readInt32LE(i * 4);
  return out;
}

/**
 * The entries of a compiled alam lexicon as rows `{ type, forms, flags, rank }` (surface forms,
 * canonical name first). Reads both layouts the lead has used: alam-lexicon@1 (JSON columns)
 * and alam-lexicon@2 (newline/tab-joined strings, base64 little-endian Int32 columns).
 */
function readLexiconEntries(json, file) {
  const format = json && json.format;
  if (format === 'alam-lexicon@1') {
    const e = json.entries;
    return e.type.map((type, i) => ({ type, forms: e.forms[i], flags: e.flags[i], rank: e.rank[i] }));
  }
  if (format === 'alam-lexicon@2') {
    const types = json.entryTypes;
    const flags = decodeInt32(json.entryFlags);
    const ranks = decodeInt32(json.entryRanks);
    const forms = json.entryForms.split('\n');
    if (forms.length !== types.length || flags.length !== types.length) {
      throw new Error(`${file}: alam-lexicon@2 columns disagree (${types.length} types, ${forms.length} form lines, ${flags.length} flags)`);
    }
    return [...types].map((code, i) => {
      const type = TYPE_BY_CODE[code];
      if (!type) throw new Error(`${file}: entry ${i} has unknown type code ${JSON.stringify(code)}`);
      return { type, forms: forms[i].split('\t'), flags: flags[i], rank: ranks[i] };
    });
  }
  throw new Error(`${file}: unknown lexicon format ${JSON.stringify(format)} (the bench reads alam-lexicon@1 and @2)`);
}

module.exports = { readLexiconEntries };
