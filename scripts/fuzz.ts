/**
 * Long fuzz run of the built package: `npm run fuzz -- [--runs N] [--seed S]`. Generates hostile
 * Arabic text (fuzz-arbitraries.ts) and checks on every input the invariants of the property tests
 * (fuzz-invariants.ts): extract never throws and returns exact, sorted, disjoint, whole-character
 * spans; normalize is idempotent with a monotone, covering map; tokens are exact, disjoint and never
 * cut an emoji. Inputs rotate over extractor configurations (default, every type with nested
 * entities, normalization switches off).
 *
 * Progress every 100,000 inputs on stderr; one summary line on stdout; exit code 1 on any failure.
 * Each failure is printed with its seed and index (to replay it), the input as JSON, and a shrunk
 * input that still fails the same way.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import fc from 'fast-check';
import type { EntityType, Extractor, ExtractorOptions, NormalizeOptions } from '#alam/types';
import { arabicText, FOLD_NAMES } from './fuzz-arbitraries';
import { checkInput, type InvariantApi } from './fuzz-invariants';
import { findRepoRoot } from './lib/repo-paths';
import { readInteger, runScript } from './lib/script-args';

/** The built package, as a user gets it. */
type Alam = InvariantApi & {
  createExtractor(options?: ExtractorOptions): Extractor;
  readonly ENTITY_TYPES: readonly EntityType[];
  readonly DEFAULT_TYPES: readonly EntityType[];
};

interface Config {
  readonly name: string;
  readonly weight: number;
  readonly options: ExtractorOptions;
}

/**
 * Extractor configurations, by share of the inputs: mostly the default one, then every type with
 * nested entities, then normalization switches off (each switch set rebuilds the lexicon index once).
 */
function listConfigs(alam: Alam): readonly Config[] {
  const allOff = Object.fromEntries(FOLD_NAMES.map((name) => [name, false])) as NormalizeOptions;
  return [
    { name: 'default', weight: 10, options: {} },
    { name: 'all types, nested', weight: 3, options: { types: alam.ENTITY_TYPES, nested: true } },
    { name: 'all folds off', weight: 1, options: { normalize: allOff } },
    { name: 'harakat off', weight: 1, options: { normalize: { harakat: false } } },
    { name: 'tatweel and controls off', weight: 1, options: { normalize: { tatweel: false, controls: false } } },
    { name: 'letter folds off', weight: 1, options: { normalize: { alef: false, alefMaksura: false, taMarbuta: false, hamzaCarriers: false } } },
  ];
}

interface Slot {
  readonly name: string;
  readonly extractor: Extractor;
  readonly switches: NormalizeOptions;
  readonly types: ReadonlySet<string>;
}

function createSlots(alam: Alam, configs: readonly Config[]): Slot[] {
  const slots: Slot[] = [];
  for (const config of configs) {
    const extractor = alam.createExtractor(config.options);
    const switches = config.options.normalize ?? {};
    const types = new Set<string>(config.options.types ?? alam.DEFAULT_TYPES);
    for (let k = 0; k < config.weight; k++) slots.push({ name: config.name, extractor, switches, types });
  }
  return slots;
}

/** Removes pieces of a failing input while it keeps failing with the same first problem kind. */
function shrink(input: string, fails: (text: string) => boolean): string {
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
const kindOf = (problem: string): string =>
  problem
    .replace(/"(?:[^"\\]|\\.)*"/g, '"…"')
    .replace(/U\+[0-9A-F]+/g, 'U+…')
    .replace(/\d+/g, '#')
    .replace(/ \| .*/, '');

runScript(
  {
    name: 'fuzz',
    usage: 'npm run fuzz -- [--runs N] [--seed S] [--no-expanding-forms] [--show N]',
    about: 'Checks the invariants of extract, normalize and tokenize on generated hostile Arabic text (the built package, dist/).',
    options: [
      { name: 'runs', kind: 'value', valueName: 'N', description: 'inputs to check (default 1,000,000)' },
      { name: 'seed', kind: 'value', valueName: 'S', description: 'seed of the generator (default: from the clock; printed)' },
      { name: 'no-expanding-forms', kind: 'flag', description: 'leave out presentation forms that fold to several code units' },
      { name: 'show', kind: 'value', valueName: 'N', description: 'failures printed in full, with a shrunk input (default 5)' },
    ],
  },
  (args) => {
    const runs = readInteger(args, 'runs', 1_000_000);
    const seed = readInteger(args, 'seed', Date.now() % 2 ** 31);
    const show = readInteger(args, 'show', 5);
    const expandingForms = !args.flag('no-expanding-forms');
    const alam = require(join(findRepoRoot(), 'dist')) as Alam;
    const api: InvariantApi = { normalize: alam.normalize, tokenize: alam.tokenize };
    const configs = listConfigs(alam);
    const slots = createSlots(alam, configs);
    const arbitrary = arabicText({ expandingForms });
    const BATCH = 2000;
    const started = performance.now();
    const kinds = new Map<string, number>();
    let failures = 0;
    let shown = 0;
    let units = 0;
    let done = 0;

    for (let batch = 0; done < runs; batch++) {
      const count = Math.min(BATCH, runs - done);
      const batchSeed = (seed + Math.imul(batch, 0x9e3779b1)) | 0;
      const inputs = fc.sample(arbitrary, { seed: batchSeed, numRuns: count });
      inputs.forEach((input, i) => {
        const slot = slots[(done + i) % slots.length] as Slot;
        units += input.length;
        // Re-folding every group of every input is the slowest check: a sample of them is enough here.
        const problems = checkInput(api, slot.extractor, input, slot.switches, { sample: 8, types: slot.types });
        if (problems.length === 0) return;
        failures++;
        const kind = kindOf(problems[0] as string);
        kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
        if (shown >= show) return;
        shown++;
        const still = (text: string): boolean => checkInput(api, slot.extractor, text, slot.switches, { types: slot.types }).some((p) => kindOf(p) === kind);
        const small = shrink(input, still);
        process.stdout.write(
          [
            `FAILURE ${failures} (seed ${seed}, batch ${batch} seed ${batchSeed}, index ${i}, config ${slot.name})`,
            `  input:  ${JSON.stringify(input)}`,
            `  shrunk: ${JSON.stringify(small)}`,
            ...checkInput(api, slot.extractor, small, slot.switches, { types: slot.types })
              .slice(0, 4)
              .map((p) => `  - ${p}`),
            '',
          ].join('\n'),
        );
      });
      const before = done;
      done += inputs.length;
      if (Math.floor(done / 100_000) > Math.floor(before / 100_000)) {
        const seconds = (performance.now() - started) / 1000;
        process.stderr.write(`fuzz: ${done.toLocaleString('en')}/${runs.toLocaleString('en')} inputs, ${failures} failures, ${seconds.toFixed(1)} s, ${Math.round(done / seconds)} inputs/s\n`);
      }
    }

    const seconds = (performance.now() - started) / 1000;
    for (const [kind, n] of [...kinds].sort((a, b) => b[1] - a[1])) process.stdout.write(`  ${n} × ${kind}\n`);
    process.stdout.write(
      `fuzz: ${done.toLocaleString('en')} inputs (${(units / 1e6).toFixed(1)} M code units, ${configs.length} extractor configurations), ` +
        `${failures} failures, ${seconds.toFixed(1)} s, seed ${seed}${expandingForms ? '' : ', no expanding presentation forms'}\n`,
    );
    return failures > 0 ? 1 : 0;
  },
);
