// Re-imports every generated lexicon list from ../shared (or $ALAM_SHARED) and the training corpora
// (ANERcorp TRAIN80 and all of WikiFANE), writes them to lexicons/generated/, then compiles
// lexicons/**/*.tsv into data/lexicon.bin. Deterministic: running it twice leaves `git diff` clean.
// The same build, in memory and with some sentences left out, is what a jackknife fold uses
// (scripts/lexicon/build-lexicon-lists.ts).
import { writeLexiconArtifact } from './compile-lexicons';
import { buildLexiconLists, loadBuildInputs, writeLexiconLists } from './lexicon/build-lexicon-lists';
import { runScript } from './lib/script-args';

runScript(
  {
    name: 'build:lexicons',
    usage: 'npm run build:lexicons -- [--no-compile]',
    about: 'Re-imports lexicons/generated/*.tsv from ../shared (ALAM_SHARED) and the corpora, then compiles data/lexicon.bin.',
    options: [{ name: 'no-compile', kind: 'flag', description: 'stop after writing the generated lists' }],
  },
  (args) => {
    const inputs = loadBuildInputs();
    const lists = buildLexiconLists({ shared: inputs, corpora: { keepSentence: () => true } });
    for (const step of lists.steps) process.stderr.write(`${step.name}: ${JSON.stringify(step.stats)} (${Math.round(step.ms)} ms)\n`);
    writeLexiconLists(lists, inputs.root);
    if (args.flag('no-compile')) process.stderr.write('--no-compile: generated lists written, nothing compiled\n');
    else writeLexiconArtifact(lists.files);
  },
);
