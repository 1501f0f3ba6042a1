// @ts-check
'use strict';
// Re-imports every generated lexicon list from ../shared (or $ALAM_SHARED) in dependency order,
// then compiles lexicons/**/*.tsv into data/lexicon.json when the compiler is present.
// Deterministic: running it twice leaves `git diff` clean. `--no-compile` stops after the imports.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { importCommonWords } = require('./lexicon/import-common-words');
const { importCountries } = require('./lexicon/import-countries');
const { importNationalities } = require('./lexicon/import-nationalities');
const { importPlaces } = require('./lexicon/import-places');
const { importNames } = require('./lexicon/import-names');
const { importHarvest } = require('./lexicon/import-harvest');

/** @type {[string, () => unknown][]} */
const STEPS = [
  // Common words first: places, names and the harvest all filter against them.
  ['common-words', importCommonWords],
  ['countries', importCountries],
  ['nationalities', importNationalities],
  ['places', importPlaces],
  ['names', importNames],
  // Last: it skips mentions every other list already covers.
  ['harvest', importHarvest],
];

function buildLexicons() {
  for (const [name, step] of STEPS) {
    const started = Date.now();
    const result = step();
    console.log(`${name}: ${JSON.stringify(result)} (${Date.now() - started} ms)`);
  }
  const compiler = path.join(__dirname, 'compile-lexicons.js');
  if (process.argv.includes('--no-compile')) console.log('--no-compile: generated lists written, nothing compiled');
  else if (fs.existsSync(compiler)) {
    const run = spawnSync(process.execPath, [compiler], { stdio: 'inherit' });
    if (run.status !== 0) throw new Error(`compile-lexicons.js exited with ${run.status}`);
  } else {
    console.log('scripts/compile-lexicons.js not found: generated lists written, nothing compiled');
  }
}

if (require.main === module) buildLexicons();

module.exports = { buildLexicons };
