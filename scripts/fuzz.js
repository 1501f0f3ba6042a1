#!/usr/bin/env node
'use strict';
/**
 * Long fuzz run of the built package: `npm run fuzz` (or `node scripts/fuzz.js --runs N --seed S`).
 * Generates hostile Arabic text (scripts/fuzz-arbitraries.js) and checks on every input the
 * invariants of the property tests (scripts/fuzz-invariants.js): extract never throws and returns
 * exact, sorted, disjoint, whole-character spans; normalize is idempotent with a monotone, covering
 * map; tokens are exact, disjoint and never cut an emoji. Inputs rotate over extractor
 * configurations (default, every type with nested entities, normalization switches off).
 *
 * Progress every 100,000 inputs on stderr; one summary line on stdout; exit code 1 on any failure.
 * Each failure is printed with its seed and index (to replay it), the input as JSON, and a shrunk
 * input that still fails the same way.
 */
const { performance } = require('node:perf_hooks');
const fc = require('fast-check');
const alam = require('../dist');
const { arabicText } = require('./fuzz-arbitraries');
const { checkInput } = require('./fuzz-invariants');

const USAGE = 'usage: node scripts/fuzz.js [--runs N] [--seed S] [--no-expanding-forms] [--show N]';

function parseArgs(argv) {
  const options = { runs: 1_000_000, seed: Date.now() % 2 ** 31, expandingForms: true, show: 5 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = () => {
      const next = argv[++i];
      if (next === undefined || !/^\d+$/.test(next)) throw new Error(`${arg} expects a non-negative integer\n${USAGE}`);
      return Number(next);
    };
    if (arg === '--runs') options.runs = value();
    else if (arg === '--seed') options.seed = value();
    else if (arg === '--show') options.show = value();
    else if (arg === '--no-expanding-forms') options.expandingForms = false;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else throw new Error(`unknown argument ${JSON.stringify(arg)}\n${USAGE}`);
  }
  return options;
}

/**
 * Extractor configurations, by share of the inputs: mostly the default one, then every type with
 * nested entities, then normalization switches off (each switch set rebuilds the lexicon index once).
 */
const ALL_OFF = Object.fromEntries(['harakat', 'quranicMarks', 'tatweel', 'alef', 'alefMaksura', 'taMarbuta', 'hamzaCarriers', 'persianLetters', 'digits', 'presentationForms', 'controls'].map((name) => [name, false]));
const CONFIGS = [
  { name: 'default', weight: 10, options: {} },
  { name: 'all types, nested', weight: 3, options: { types: alam.ENTITY_TYPES, nested: true } },
  { name: 'all folds off', weight: 1, options: { normalize: ALL_OFF } },
  { name: 'harakat off', weight: 1, options: { normalize: { harakat: false } } },
  { name: 'tatweel and controls off', weight: 1, options: { normalize: { tatweel: false, controls: false } } },
  { name: 'letter folds off', weight: 1, options: { normalize: { alef: false, alefMaksura: false, taMarbuta: false, hamzaCarriers: false } } },
];

function createConfigs() {
  const slots = [];
  for (const config of CONFIGS) {
    const extractor = alam.createExtractor(config.options);
    const switches = config.options.normalize ?? {};
    const types = new Set(config.options.types ?? alam.DEFAULT_TYPES);
    for (let k = 0; k < config.weight; k++) slots.push({ name: config.name, extractor, switches, types });
  }
  return slots;
}

/** Removes pieces of a failing input while it keeps failing with the same first problem kind. */
function shrink(input, fails) {
  let current = input;
  for (let size = Math.max(1, current.length >> 1); size >= 1; size >>= 1) {
    for (let at = 0; at + size <= current.length; ) {
      const candidate = current.slice(0, at) + current.slice(at + size);
      if (fails(candidate)) current = candidate;
      else at += size;
    }
  }
  return current;
}

/** The problem without its numbers and quoted text, to group failures by kind. */
const kindOf = (problem) => problem.replace(/"(?:[^"\\]|\\.)*"/g, '"…"').replace(/U\+[0-9A-F]+/g, 'U+…').replace(/\d+/g, '#').replace(/ \| .*/, '');

function main() {
  const options = parseArgs(process.argv.slice(2));
  const api = { normalize: alam.normalize, tokenize: alam.tokenize };
  const configs = createConfigs();
  const arbitrary = arabicText({ expandingForms: options.expandingForms });
  const BATCH = 2000;
  const started = performance.now();
  const kinds = new Map();
  let failures = 0;
  let shown = 0;
  let units = 0;
  let done = 0;

  for (let batch = 0; done < options.runs; batch++) {
    const count = Math.min(BATCH, options.runs - done);
    const batchSeed = (options.seed + Math.imul(batch, 0x9e3779b1)) | 0;
    const inputs = fc.sample(arbitrary, { seed: batchSeed, numRuns: count });
    for (let i = 0; i < inputs.length; i++) {
      const input = inputs[i];
      const config = configs[(done + i) % configs.length];
      units += input.length;
      // Re-folding every group of every input is the slowest check: a sample of them is enough here.
      const problems = checkInput(api, config.extractor, input, config.switches, { sample: 8, types: config.types });
      if (problems.length === 0) continue;
      failures++;
      const kind = kindOf(problems[0]);
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
      if (shown < options.show) {
        shown++;
        const still = (text) => checkInput(api, config.extractor, text, config.switches, { types: config.types }).some((p) => kindOf(p) === kind);
        const small = shrink(input, still);
        process.stdout.write(
          [
            `FAILURE ${failures} (seed ${options.seed}, batch ${batch} seed ${batchSeed}, index ${i}, config ${config.name})`,
            `  input:  ${JSON.stringify(input)}`,
            `  shrunk: ${JSON.stringify(small)}`,
            ...checkInput(api, config.extractor, small, config.switches, { types: config.types }).slice(0, 4).map((p) => `  - ${p}`),
            '',
          ].join('\n'),
        );
      }
    }
    const before = done;
    done += inputs.length;
    if (Math.floor(done / 100_000) > Math.floor(before / 100_000)) {
      const seconds = (performance.now() - started) / 1000;
      process.stderr.write(`fuzz: ${done.toLocaleString('en')}/${options.runs.toLocaleString('en')} inputs, ${failures} failures, ${seconds.toFixed(1)} s, ${Math.round(done / seconds)} inputs/s\n`);
    }
  }

  const seconds = (performance.now() - started) / 1000;
  for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${n} × ${kind}\n`);
  process.stdout.write(
    `fuzz: ${done.toLocaleString('en')} inputs (${(units / 1e6).toFixed(1)} M code units, ${CONFIGS.length} extractor configurations), ` +
      `${failures} failures, ${seconds.toFixed(1)} s, seed ${options.seed}${options.expandingForms ? '' : ', no expanding presentation forms'}\n`,
  );
  process.exitCode = failures > 0 ? 1 : 0;
}

try {
  main();
} catch (error) {
  process.stderr.write(`${error.message}\n`);
  process.exitCode = 2;
}
