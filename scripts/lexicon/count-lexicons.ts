// Entry counts per type and subtype over every lexicon TSV (cue-tier places counted apart), and the
// common words by origin, as Markdown tables. `--write` replaces the «Counts» section of
// lexicons/README.md with them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ENTRY_TYPES } from '#alam/lexicon/lexicon-types';
import { readLexiconTsv } from '#alam/lexicon/read-lexicon-tsv';
import { findRepoRoot } from '../lib/repo-paths';
import { runScript } from '../lib/script-args';
import { readLexiconSources } from './build-inputs';
import { readCommonWords } from './read-lexicon-files';
import type { LexiconSourceFile } from '#alam/lexicon/compile-lexicon';

const BEGIN = '<!-- counts:begin (npm run lexicon:counts -- --write) -->';
const END = '<!-- counts:end -->';

interface TypeCounts {
  entries: number;
  forms: number;
  cue: number;
  subtypes: Map<string, number>;
}

export interface LexiconCounts {
  readonly byType: ReadonlyMap<string, TypeCounts>;
  /** File under lexicons/ → type → entries. */
  readonly byFile: ReadonlyMap<string, Map<string, number>>;
  readonly common: { readonly total: number; readonly stopwords: number; readonly corpus: number };
}

export function countLexicons(files: readonly LexiconSourceFile[]): LexiconCounts {
  const byType = new Map<string, TypeCounts>(ENTRY_TYPES.map((t) => [t, { entries: 0, forms: 0, cue: 0, subtypes: new Map<string, number>() }]));
  const byFile = new Map<string, Map<string, number>>();
  let common = { total: 0, stopwords: 0, corpus: 0 };
  for (const file of files) {
    const name = file.path.replace(/^lexicons\//, '');
    if (name === 'generated/common-words.tsv') {
      const words = readCommonWords(file);
      common = {
        total: words.length,
        stopwords: words.filter((w) => /stopword/.test(w.source)).length,
        corpus: words.filter((w) => /anercorp|wikifane/.test(w.source)).length,
      };
      continue;
    }
    const parsed = readLexiconTsv(file.text, file.path);
    if (parsed.kind !== 'entries') continue;
    for (const e of parsed.entries) {
      const perFile = byFile.get(name) ?? new Map<string, number>();
      perFile.set(e.type, (perFile.get(e.type) ?? 0) + 1);
      byFile.set(name, perFile);
      const slot = byType.get(e.type);
      if (!slot) continue;
      slot.entries++;
      slot.forms += 1 + e.variants.length;
      if (e.attrs['tier'] === 'cue') slot.cue++;
      const sub = e.subtype || '(none)';
      slot.subtypes.set(sub, (slot.subtypes.get(sub) ?? 0) + 1);
    }
  }
  return { byType, byFile, common };
}

export function formatCounts({ byType, byFile, common }: LexiconCounts): string {
  const lines = ['| type | entries | surface forms | of which tier=cue | subtypes |', '|---|---:|---:|---:|---|'];
  for (const [type, s] of byType) {
    const subs = [...s.subtypes.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .map(([k, n]) => `${k} ${n}`)
      .join(', ');
    lines.push(`| ${type} | ${s.entries} | ${s.forms} | ${s.cue || ''} | ${subs} |`);
  }
  lines.push('', '| file | entries by type |', '|---|---|');
  for (const [file, types] of [...byFile.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    lines.push(`| \`${file}\` | ${[...types.entries()].map(([t, n]) => `${t} ${n}`).join(', ')} |`);
  }
  lines.push('', `Common words (\`generated/common-words.tsv\`): ${common.total}, of which ${common.stopwords} from the stopword lists and ${common.corpus} from the corpora.`);
  return lines.join('\n');
}

/** Replaces the counts block of lexicons/README.md (or appends a «Counts» section). */
export function writeReadmeCounts(root: string, table: string): void {
  const file = join(root, 'lexicons', 'README.md');
  const text = readFileSync(file, 'utf8');
  const block = `${BEGIN}\n${table}\n${END}`;
  const start = text.search(/<!-- counts:begin[^>]*-->/);
  const end = text.indexOf(END);
  const next = start >= 0 && end > start ? text.slice(0, start) + block + text.slice(end + END.length) : `${text.trimEnd()}\n\n## Counts\n\n${block}\n`;
  writeFileSync(file, next);
}

if (require.main === module) {
  runScript(
    {
      name: 'lexicon:counts',
      usage: 'npm run lexicon:counts -- [--write]',
      about: 'Entry counts per type, subtype and file of lexicons/, as Markdown tables.',
      options: [{ name: 'write', kind: 'flag', description: 'also write them into the Counts section of lexicons/README.md' }],
    },
    (args) => {
      const root = findRepoRoot();
      const table = formatCounts(countLexicons(readLexiconSources(root)));
      if (args.flag('write')) writeReadmeCounts(root, table);
      process.stdout.write(`${table}\n`);
    },
  );
}
