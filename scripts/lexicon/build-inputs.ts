import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { LexiconSourceFile } from '#alam/lexicon/compile-lexicon';
import { findRepoRoot, requireSharedDir } from '../lib/repo-paths';
import { readCorpora, type Corpora } from './read-corpora';

/**
 * What a lexicon build reads, each read and parsed once and then kept: the sources in `../shared`,
 * the training corpora, and the hand-edited files under `lexicons/`. A jackknife builds the lists
 * k + 1 times from one `BuildInputs`; only the corpus-derived counting is redone each time.
 */
export interface BuildInputs {
  /** The shared data folder (`../shared`). */
  readonly sharedDir: string;
  /** The repository root (its `lexicons/` holds the hand-edited files). */
  readonly root: string;
  /** A file of the shared folder as text (read each time: callers keep what they parse from it, with `memo`). */
  sharedText(path: string): string;
  /** A JSON file of the shared folder, parsed once. */
  sharedJson(path: string): unknown;
  /** The file names of a folder of the shared folder, sorted. */
  sharedList(folder: string): string[];
  /** `read()` once per key, then its value: for sources parsed into tables. */
  memo<T>(key: string, read: () => T): T;
  /** Every hand-edited `lexicons/**\/*.tsv` (all but `lexicons/generated/`), paths relative to the root, sorted. */
  readonly curated: readonly LexiconSourceFile[];
  /** A hand-edited lexicon file by its path under `lexicons/` (`curated/capitals.tsv`). */
  curatedFile(path: string): LexiconSourceFile;
  /** ANERcorp TRAIN80 and WikiFANE, whole (DEV20 is cut off on reading and never kept). */
  readonly corpora: Corpora;
}

/** Where the generated lists live, relative to the repository root. */
export const GENERATED_DIR = 'lexicons/generated';

export function loadBuildInputs(options: { readonly shared?: string; readonly root?: string } = {}): BuildInputs {
  const sharedDir = options.shared ?? requireSharedDir('sources');
  const root = options.root ?? findRepoRoot();
  const cache = new Map<string, unknown>();
  const memo = <T>(key: string, read: () => T): T => {
    if (!cache.has(key)) cache.set(key, read());
    return cache.get(key) as T;
  };
  const curated = readLexiconSources(root).filter((file) => !file.path.startsWith(`${GENERATED_DIR}/`));
  let corpora: Corpora | undefined;
  return {
    sharedDir,
    root,
    sharedText: (path) => readFileSync(join(sharedDir, path), 'utf8'),
    sharedJson: (path) => memo(`json:${path}`, () => JSON.parse(readFileSync(join(sharedDir, path), 'utf8')) as unknown),
    sharedList: (folder) => readdirSync(join(sharedDir, folder)).sort(),
    memo,
    curated,
    curatedFile(path) {
      const file = curated.find((f) => f.path === `lexicons/${path}`);
      if (!file) throw new Error(`lexicons/${path} not found`);
      return file;
    },
    get corpora() {
      corpora ??= readCorpora(sharedDir);
      return corpora;
    },
  };
}

/**
 * Every `lexicons/**\/*.tsv` file as `{ path, text }`, paths relative to the repository with `/`
 * separators, sorted: the input of compileLexicon (the compile script and the staleness test read it so).
 */
export function readLexiconSources(root: string): LexiconSourceFile[] {
  const files: LexiconSourceFile[] = [];
  const walk = (folder: string): void => {
    for (const name of readdirSync(folder)) {
      const full = join(folder, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.tsv')) files.push({ path: relative(root, full).split(sep).join('/'), text: readFileSync(full, 'utf8') });
    }
  };
  walk(join(root, 'lexicons'));
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
