import type { LexiconSourceFile } from '#alam/lexicon/compile-lexicon';
import type { BuildInputs } from './build-inputs';
import { collectWordCounts, type WordCounts } from './collect-word-counts';
import type { Corpora } from './read-corpora';

/** One build of the generated lists: its inputs, the corpus sentences it may learn from, what it has built so far. */
export interface BuildContext {
  readonly inputs: BuildInputs;
  /** The selected sentences (none when the build uses no corpus). */
  readonly corpora: Corpora;
  /** The lists built so far by this build, by path (`lexicons/generated/countries.tsv`). */
  readonly generated: Map<string, LexiconSourceFile>;
  /** How the selected sentences use each word, counted once per build. */
  wordCounts(): Map<string, WordCounts>;
}

/** What one import step returns: the lists it built, and counts for the build log. */
export interface StepResult {
  readonly files: readonly LexiconSourceFile[];
  readonly stats: Readonly<Record<string, unknown>>;
}

export function createBuildContext(inputs: BuildInputs, corpora: Corpora): BuildContext {
  let counts: Map<string, WordCounts> | undefined;
  return {
    inputs,
    corpora,
    generated: new Map(),
    wordCounts: () => (counts ??= collectWordCounts(corpora)),
  };
}

/** The path of a generated list: `generatedPath('countries.tsv')` → `lexicons/generated/countries.tsv`. */
export function generatedPath(name: string): string {
  return `lexicons/generated/${name}`;
}

/** A list an earlier step of this build made; an error naming the step order when it is missing. */
export function readGenerated(ctx: BuildContext, name: string): LexiconSourceFile {
  const file = ctx.generated.get(generatedPath(name));
  if (!file) throw new Error(`${generatedPath(name)} is read before it is built: check the order of the build steps`);
  return file;
}
