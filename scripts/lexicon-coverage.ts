// Lexicon coverage: the share of gold mentions (ANERcorp DEV20 and AQMAR dev) whose folded string is
// a form of the compiled lexicon with an entry of the right type (PER → PERSON, LOC → COUNTRY or
// PLACE, ORG → ORGANIZATION), proclitics peeled as the matcher peels them. Gazetteer villages of the
// cue tier count (they are in the lexicon, even if matched only after a cue word).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readChunks } from '#alam/eval/read-chunks';
import { readConll } from '#alam/eval/read-conll';
import { selectSplit } from '#alam/eval/select-split';
import type { EvalSplit, ScoredType } from '#alam/eval/types';
import { createLexiconIndex, type IndexEntryType, type LexiconIndex } from '#alam/lexicon/create-lexicon-index';
import { loadBundledLexicon } from '#alam/lexicon/load-lexicon';
import { compileFoldTable } from '#alam/normalize/compile-fold-table';
import { foldText } from '#alam/normalize/fold-text';
import { findProcliticStems, RESTORED_ARTICLE } from '#alam/tokenize/find-proclitic-stems';
import { scanTokens } from '#alam/tokenize/scan-tokens';
import { resolveSharedDir } from './lib/repo-paths';
import { runScript } from './lib/script-args';

const CORPORA: readonly { readonly name: string; readonly file: string; readonly split: EvalSplit }[] = [
  { name: 'ANERcorp DEV20', file: 'corpora/anercorp/train.conll', split: 'dev20' },
  { name: 'AQMAR dev', file: 'corpora/aqmar/dev.conll', split: 'all' },
];
const TYPES: Readonly<Record<ScoredType, readonly IndexEntryType[]>> = { PER: ['PERSON'], LOC: ['COUNTRY', 'PLACE'], ORG: ['ORGANIZATION'] };

/** Does the mention's text, as a whole, spell a lexicon form with an entry of one of `types`? */
function isCovered(index: LexiconIndex, text: string, types: readonly IndexEntryType[]): boolean {
  const folded = foldText(text, index.folds);
  const tokens = scanTokens(folded);
  if (tokens.count === 0) return false;
  const codes = folded.codes;
  const firstStart = tokens.start[0] as number;
  const firstEnd = tokens.end[0] as number;
  const starts = [{ start: firstStart, restored: false }];
  const stems = new Int32Array(4);
  const n = findProcliticStems(codes, firstStart, firstEnd, stems);
  for (let k = 0; k < n; k++) starts.push({ start: firstStart + ((stems[k] as number) >> 1), restored: ((stems[k] as number) & RESTORED_ARTICLE) !== 0 });
  for (const { start, restored } of starts) {
    let node = index.trie.child(0, index.words.lookup(codes, start, firstEnd, restored));
    for (let t = 1; t < tokens.count && node >= 0; t++) node = index.trie.child(node, index.words.lookup(codes, tokens.start[t] as number, tokens.end[t] as number));
    const form = node >= 0 ? (index.trie.nodeForm[node] as number) : -1;
    if (form < 0) continue;
    const from = index.formStart[form] as number;
    for (let i = from; i < from + (index.formSize[form] as number); i++) {
      if (types.includes(index.entryType(index.entryList[i] as number))) return true;
    }
  }
  return false;
}

runScript(
  {
    name: 'coverage',
    usage: 'npm run coverage',
    about: 'The share of gold mentions of ANERcorp DEV20 and AQMAR dev that are a form of the compiled lexicon with an entry of their type, as a Markdown table.',
    options: [],
  },
  () => {
    const shared = resolveSharedDir();
    const index = createLexiconIndex(compileFoldTable(), { artifact: loadBundledLexicon() });
    const pct = ([c, n]: readonly [number, number]): string => `${((100 * c) / n).toFixed(1)}% (${c}/${n})`;
    process.stdout.write('| corpus | PER | LOC | ORG | all |\n|---|--:|--:|--:|--:|\n');
    for (const corpus of CORPORA) {
      const file = join(shared, corpus.file);
      const counts: Record<ScoredType, [number, number]> = { PER: [0, 0], LOC: [0, 0], ORG: [0, 0] };
      for (const sentence of selectSplit(readConll(readFileSync(file, 'utf8'), file), corpus.split)) {
        for (const chunk of readChunks(
          sentence.tokens.map((t) => t.tag),
          sentence.index,
        )) {
          if (chunk.type === 'MISC') continue;
          const slot = counts[chunk.type];
          slot[1]++;
          const text = sentence.tokens
            .slice(chunk.start, chunk.end)
            .map((t) => t.text)
            .join(' ');
          if (isCovered(index, text, TYPES[chunk.type])) slot[0]++;
        }
      }
      const all = Object.values(counts).reduce<[number, number]>((a, [c, n]) => [a[0] + c, a[1] + n], [0, 0]);
      process.stdout.write(`| ${corpus.name} | ${pct(counts.PER)} | ${pct(counts.LOC)} | ${pct(counts.ORG)} | ${pct(all)} |\n`);
    }
  },
);
