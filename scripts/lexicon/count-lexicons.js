// @ts-check
'use strict';
// Entry counts per type and subtype over every lexicon TSV (cue-tier places counted apart), and the
// common words by origin, as Markdown tables. `--write` replaces the «Counts» section of
// lexicons/README.md with them.
const fs = require('fs');
const path = require('path');
const { LEXICON_DIR } = require('./resolve-shared-dir');
const { readAllLexicons, ENTRY_TYPES } = require('./read-lexicon-tsv');
const { readSideTable } = require('./read-side-table');

const BEGIN = '<!-- counts:begin (scripts/lexicon/count-lexicons.js --write) -->';
const END = '<!-- counts:end -->';

function countLexicons() {
  /** @type {Map<string, { entries: number, forms: number, cue: number, subtypes: Map<string, number> }>} */
  const byType = new Map(ENTRY_TYPES.map((t) => [t, { entries: 0, forms: 0, cue: 0, subtypes: new Map() }]));
  /** @type {Map<string, Map<string, number>>} file → type → entries */
  const byFile = new Map();
  for (const e of readAllLexicons(LEXICON_DIR)) {
    const file = path.relative(LEXICON_DIR, e.file);
    const perFile = byFile.get(file) ?? new Map();
    perFile.set(e.type, (perFile.get(e.type) ?? 0) + 1);
    byFile.set(file, perFile);
    const slot = byType.get(e.type);
    if (!slot) continue;
    slot.entries++;
    slot.forms += 1 + e.variants.length;
    if (e.attrs.tier === 'cue') slot.cue++;
    const sub = e.subtype || '(none)';
    slot.subtypes.set(sub, (slot.subtypes.get(sub) ?? 0) + 1);
  }
  const words = readSideTable(path.join(LEXICON_DIR, 'generated/common-words.tsv'), ['word', 'o_count', 'entity_count', 'source']);
  const common = {
    total: words.length,
    stopwords: words.filter((w) => /stopword/.test(w.source ?? '')).length,
    corpus: words.filter((w) => /anercorp|wikifane/.test(w.source ?? '')).length,
  };
  return { byType, byFile, common };
}

/** @param {ReturnType<typeof countLexicons>} counts */
function formatCounts({ byType, byFile, common }) {
  const lines = ['| type | entries | surface forms | of which tier=cue | subtypes |', '|---|---:|---:|---:|---|'];
  for (const [type, s] of byType) {
    const subs = [...s.subtypes.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([k, n]) => `${k} ${n}`).join(', ');
    lines.push(`| ${type} | ${s.entries} | ${s.forms} | ${s.cue || ''} | ${subs} |`);
  }
  lines.push('', '| file | entries by type |', '|---|---|');
  for (const [file, types] of [...byFile.entries()].sort()) {
    lines.push(`| \`${file}\` | ${[...types.entries()].map(([t, n]) => `${t} ${n}`).join(', ')} |`);
  }
  lines.push('', `Common words (\`generated/common-words.tsv\`): ${common.total}, of which ${common.stopwords} from the stopword lists and ${common.corpus} from the corpora.`);
  return lines.join('\n');
}

function writeReadmeCounts() {
  const file = path.join(LEXICON_DIR, 'README.md');
  const text = fs.readFileSync(file, 'utf8');
  const table = formatCounts(countLexicons());
  const block = `${BEGIN}\n${table}\n${END}`;
  const start = text.indexOf(BEGIN);
  const end = text.indexOf(END);
  const next = start >= 0 && end > start ? text.slice(0, start) + block + text.slice(end + END.length) : `${text.trimEnd()}\n\n## Counts\n\n${block}\n`;
  fs.writeFileSync(file, next);
}

if (require.main === module) {
  if (process.argv.includes('--write')) writeReadmeCounts();
  console.log(formatCounts(countLexicons()));
}

module.exports = { countLexicons, formatCounts };
