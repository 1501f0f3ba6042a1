import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { encodeArtifact } from '#alam/lexicon/artifact-file';
import { compileLexicon, type LexiconSourceFile } from '#alam/lexicon/compile-lexicon';
import { ruleCueClasses } from '#alam/rules/index';
import { loadBuildInputs, type BuildInputs } from './build-inputs';
import { createBuildContext, type BuildContext, type StepResult } from './build-context';
import { importCommonWords } from './import-common-words';
import { importCountries } from './import-countries';
import { importHarvest } from './import-harvest';
import { importNames } from './import-names';
import { importNationalities } from './import-nationalities';
import { importPlaces } from './import-places';
import { selectCorpora, type CorpusName, type CorpusSelection } from './read-corpora';

export { loadBuildInputs, type BuildInputs, type CorpusName, type CorpusSelection };

/** The import steps in dependency order. */
const STEPS: readonly (readonly [string, (ctx: BuildContext) => StepResult])[] = [
  // Common words first: places, names and the harvest all filter against them.
  ['common-words', importCommonWords],
  ['countries', importCountries],
  ['nationalities', importNationalities],
  ['places', importPlaces],
  ['names', importNames],
  // Last: it skips mentions every other list already covers.
  ['harvest', importHarvest],
];

export interface BuildOptions {
  /** The shared data folder, or inputs already loaded from it (`loadBuildInputs`): a jackknife loads them once for all its builds. */
  readonly shared: string | BuildInputs;
  /**
   * Which corpus sentences the corpus-derived lists may learn from — harvested entries, common-word
   * counts, name tokens of gold persons, place tiers by corpus use: `false` for none, or a predicate
   * over (corpus, sentence index in its file). ANERcorp's DEV20 is never read whatever it says.
   */
  readonly corpora: CorpusSelection;
}

export interface LexiconLists {
  /**
   * Every lexicon file the compiler reads, sorted by path: the hand-edited ones as they are on disk
   * and the generated ones (`lexicons/generated/*.tsv`) as this build made them. Nothing is written.
   */
  readonly files: readonly LexiconSourceFile[];
  /** Just the generated lists. */
  readonly generated: readonly LexiconSourceFile[];
  /** What each step did, and how long it took. */
  readonly steps: readonly { readonly name: string; readonly stats: Readonly<Record<string, unknown>>; readonly ms: number }[];
}

/**
 * Builds every generated lexicon list in memory. `npm run build:lexicons` is this same build over
 * all of TRAIN80 and WikiFANE (`{ keepSentence: () => true }`), then written; a jackknife fold is
 * the build with that fold's sentences left out.
 */
export function buildLexiconLists(options: BuildOptions): LexiconLists {
  const inputs = typeof options.shared === 'string' ? loadBuildInputs({ shared: options.shared }) : options.shared;
  const ctx = createBuildContext(inputs, selectCorpora(inputs.corpora, options.corpora));
  const steps: { name: string; stats: Readonly<Record<string, unknown>>; ms: number }[] = [];
  for (const [name, step] of STEPS) {
    const started = performance.now();
    const result = step(ctx);
    for (const file of result.files) ctx.generated.set(file.path, file);
    steps.push({ name, stats: result.stats, ms: performance.now() - started });
  }
  const generated = [...ctx.generated.values()].sort(byPath);
  return { files: [...inputs.curated, ...generated].sort(byPath), generated, steps };
}

/** The runtime artifact of a set of lists: the same compiler and encoding as `data/lexicon.bin`. */
export function compileLexiconArtifact(lists: Pick<LexiconLists, 'files'>): Uint8Array {
  return encodeArtifact(compileLexicon(lists.files, ruleCueClasses()));
}

/** Writes the generated lists into the repository at `root` (their paths are relative to it). */
export function writeLexiconLists(lists: Pick<LexiconLists, 'generated'>, root: string): void {
  for (const file of lists.generated) {
    const target = join(root, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.text);
  }
}

function byPath(a: LexiconSourceFile, b: LexiconSourceFile): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}
