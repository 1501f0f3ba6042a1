// Compiles lexicons/**/*.tsv into the runtime artifact data/lexicon.bin. Runs at `npm ci` (prepare),
// so a clone or a packed tarball always holds the artifact of its own lexicons/; a test fails when
// data/lexicon.bin is stale.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LexiconSourceFile } from '#alam/lexicon/compile-lexicon';
import { LEXICON_ARTIFACT_PATH } from '#alam/lexicon/load-lexicon';
import { compileLexiconArtifact } from './lexicon/build-lexicon-lists';
import { readLexiconSources } from './lexicon/build-inputs';
import { findRepoRoot } from './lib/repo-paths';
import { runScript } from './lib/script-args';

/** Compiles `files` into data/lexicon.bin and says what it wrote on stderr. */
export function writeLexiconArtifact(files: readonly LexiconSourceFile[], out: string = LEXICON_ARTIFACT_PATH): void {
  const started = performance.now();
  const bytes = compileLexiconArtifact({ files });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, bytes);
  const size = (statSync(out).size / 1e6).toFixed(2);
  process.stderr.write(`compiled ${files.length} lexicon files → ${relative(process.cwd(), out)} (${size} MB) in ${Math.round(performance.now() - started)} ms\n`);
}

if (require.main === module) {
  runScript(
    {
      name: 'compile:lexicons',
      usage: 'npm run compile:lexicons',
      about: 'Compiles lexicons/**/*.tsv into data/lexicon.bin (npm run build:lexicons re-imports the generated lists first).',
      options: [],
    },
    () => writeLexiconArtifact(readLexiconSources(findRepoRoot())),
  );
}
