// alam speed and footprint bench, side by side with wink-ner and @nlpjs/ner.
// The report goes to stdout and bench/out/; progress goes to stderr. See bench/README.md.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GOLD_CORPORA } from '../scripts/lib/gold-corpora';
import { readInteger, readNumber, runScript, UsageError, type ParsedArgs } from '../scripts/lib/script-args';
import { SYSTEM_NAMES, type BenchConfig, type BenchMode, type BenchResults, type ChildConfig, type ChildResult, type LexiconLoadResult, type SystemName, type SystemResult, type Task } from './lib/bench-types';
import { buildCorpus } from './lib/build-corpus';
import { checkTargets } from './lib/check-targets';
import { createBenchConfig } from './lib/create-bench-config';
import { isSystemName } from './lib/create-system';
import { describeAlamBuild } from './lib/describe-alam-build';
import { describeMachine } from './lib/describe-machine';
import { loadEntryForms } from './lib/load-entry-forms';
import { measureColdStart, type ColdStart } from './lib/measure-cold-start';
import { measureWorkers } from './lib/measure-workers';
import { median } from './lib/median';
import { parseBenchResult } from './lib/parse-bench-result';
import { readCpuBusy } from './lib/read-cpu-busy';
import { renderReport } from './lib/render-report';
import { resolveBenchPaths, type BenchPaths } from './lib/resolve-bench-paths';
import { spawnNode } from './lib/spawn-node';
import { waitForQuiet } from './lib/wait-for-quiet';

const README_START = '<!-- bench-table:start -->';
const README_END = '<!-- bench-table:end -->';

interface RunArgs {
  readonly mode: BenchMode;
  readonly readme: boolean;
  readonly waitQuietMin: number;
  readonly systems: readonly SystemName[];
  readonly runs: number | undefined;
  readonly from: string | undefined;
  readonly skipWorkers: boolean;
}

function readRunArgs(args: ParsedArgs): RunArgs {
  const systems: SystemName[] = [];
  for (const name of (args.value('systems') ?? SYSTEM_NAMES.join(',')).split(',')) {
    if (!isSystemName(name)) throw new UsageError(`unknown system ${JSON.stringify(name)}; expected ${SYSTEM_NAMES.join(', ')}`);
    systems.push(name);
  }
  if (!systems.includes('alam')) systems.unshift('alam');
  return {
    mode: args.flag('tiny') || args.flag('quick') ? 'tiny' : 'full',
    readme: args.flag('readme'),
    waitQuietMin: args.value('wait-quiet-for') !== undefined ? readNumber(args, 'wait-quiet-for', 30) : args.flag('wait-quiet') ? 30 : 0,
    systems,
    runs: args.value('runs') === undefined ? undefined : readInteger(args, 'runs', 1, 1),
    from: args.value('from'),
    skipWorkers: args.flag('skip-workers'),
  };
}

function log(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

/**
 * Runs one measuring child and adds `otherCores`: how many cores other processes kept busy on
 * average meanwhile (machine busy time minus the child's own CPU time, over the wall time), so a
 * figure taken while someone else ran tests is visible as such.
 */
async function runChild(paths: BenchPaths, outDir: string, cfg: ChildConfig): Promise<ChildResult> {
  const file = join(outDir, `config-${cfg.system}-${cfg.tasks.join('-')}.json`);
  writeFileSync(file, JSON.stringify(cfg));
  const busyBefore = readCpuBusy();
  const run = await spawnNode([join(paths.bench, 'measure-system.js'), file], { cwd: paths.root });
  const busyAfter = readCpuBusy();
  const out = parseBenchResult<ChildResult>(run, `measure-system ${cfg.system} [${cfg.tasks.join(', ')}]`);
  if (busyBefore !== null && busyAfter !== null) out.otherCores = Math.max(0, (busyAfter - busyBefore - out.cpuSeconds) / (run.totalMs / 1000));
  return out;
}

type ChildCommon = Pick<ChildConfig, 'dist' | 'docsFile' | 'bigFile' | 'formsFile' | 'accuracy'>;

async function measureSystem(paths: BenchPaths, outDir: string, config: BenchConfig, name: SystemName, common: ChildCommon): Promise<SystemResult> {
  const own = config.perSystem[name];
  const base = { ...common, ...own, system: name, runs: config.runs };
  const result: SystemResult = {};
  const groups: Task[][] = config.separateChildren ? [['docs', 'big'], ['scaling'], ['accuracy']] : [['docs', 'big', 'scaling', 'accuracy', ...(own.streamRss ? (['rss'] as const) : [])]];
  if (config.separateChildren && own.streamRss) groups.push(['rss']);
  for (const tasks of groups) {
    log(`${name}: ${tasks.join(', ')}`);
    const out = await runChild(paths, outDir, { ...base, tasks });
    if (tasks.includes('docs')) {
      Object.assign(result, { label: out.label, load: out.load, rssAfterLoadMB: out.rssAfterLoadMB, docs: out.docs, big: out.big, timingMaxRssMB: out.maxRssMB, timingOtherCores: out.otherCores });
    }
    if (tasks.includes('scaling') && out.scaling) result.scaling = { ...out.scaling, ...(out.otherCores === undefined ? {} : { otherCores: out.otherCores }) };
    if (tasks.includes('accuracy')) result.accuracy = out.accuracy;
    if (tasks.includes('rss') && out.rss) result.rss = { ...out.rss, maxRssMB: out.maxRssMB };
  }
  if (!own.streamRss) result.rssSkipped = 'n/a (too slow to stream the full corpus)';
  return result;
}

async function measureLexiconLoad(paths: BenchPaths, runs: number): Promise<LexiconLoadResult> {
  const all: Record<string, number>[] = [];
  for (let r = 0; r < runs; r += 1) {
    const run = await spawnNode([join(paths.bench, 'lexicon-load.js'), '--json'], { cwd: paths.root });
    all.push(parseBenchResult<Record<string, number>>(run, 'bench/lexicon-load'));
  }
  const out: Record<string, number> = { runs };
  for (const key of Object.keys(all[0] ?? {})) out[key] = median(all.map((x) => x[key] ?? NaN));
  return out;
}

async function measureColdStarts(paths: BenchPaths, config: BenchConfig, order: readonly SystemName[], formsFile: string): Promise<Partial<Record<'node' | SystemName, ColdStart>>> {
  const runs = config.coldStartRuns;
  const sample = 'زار بوتين موسكو';
  const out: Partial<Record<'node' | SystemName, ColdStart>> = {};
  log('cold start: bare node');
  out.node = await measureColdStart(['-e', "process.stdout.write('1\\n')"], { cwd: paths.root, runs });
  log('cold start: alam');
  const code = `const a=require(${JSON.stringify(paths.dist)});process.stdout.write(JSON.stringify(a.extract(${JSON.stringify(sample)}))+'\\n')`;
  out.alam = await measureColdStart(['-e', code], { cwd: paths.root, runs });
  for (const name of order.filter((x) => x === 'wink' || x === 'nlpjs')) {
    log(`cold start: ${name}`);
    out[name] = await measureColdStart([join(paths.bench, 'peer-cold-start.js'), name, formsFile], { cwd: paths.root, runs: Math.min(runs, 5) });
  }
  return out;
}

function writeReadme(paths: BenchPaths, report: string): void {
  const file = join(paths.benchSource, 'README.md');
  const text = readFileSync(file, 'utf8');
  const a = text.indexOf(README_START);
  const b = text.indexOf(README_END);
  if (a < 0 || b < a) throw new Error(`${file}: markers ${README_START} … ${README_END} not found`);
  const body = report.replace(/^# .*\n\n/, '').replace(/^## /gm, '### ');
  writeFileSync(file, `${text.slice(0, a + README_START.length)}\n${body}${text.slice(b)}`);
}

function renderSaved(args: RunArgs & { from: string }, paths: BenchPaths): void {
  const results = JSON.parse(readFileSync(args.from, 'utf8')) as BenchResults;
  const report = renderReport(results);
  process.stdout.write(report);
  if (args.readme) {
    if (results.mode !== 'full') throw new Error(`--readme only with a full run; ${args.from} is a ${results.mode} run`);
    writeReadme(paths, report);
    log('bench/README.md updated');
  }
}

async function main(args: RunArgs): Promise<number> {
  const paths = resolveBenchPaths();
  if (args.from !== undefined) {
    renderSaved({ ...args, from: args.from }, paths);
    return 0;
  }
  const config = createBenchConfig(args.mode, { runs: args.runs });
  if (!existsSync(join(paths.dist, 'index.js'))) throw new Error(`${paths.dist}/index.js not found: run \`npm run build\` first`);
  const quiet = await waitForQuiet({ timeoutMs: args.waitQuietMin * 60000, log });
  if (!quiet.quiet) log(`warning: load average ${quiet.load.toFixed(2)} ≥ 0.5, figures will be low`);
  const machine = describeMachine();
  machine.alam = describeAlamBuild(paths);
  const outDir = join(paths.out, config.mode);
  mkdirSync(outDir, { recursive: true });

  log('building the corpus');
  const corpus = buildCorpus({ sources: [paths.anercorp, paths.wikifane], outDir: join(paths.out, `corpus-${config.mode}`), ...config.corpus });
  const alamNormalize = (require(paths.dist) as { normalize(text: string): { text: string } }).normalize;
  const forms = loadEntryForms({ dist: paths.dist, normalize: (text) => alamNormalize(text).text });
  const formsFile = join(outDir, 'forms.json');
  writeFileSync(formsFile, JSON.stringify(forms));
  const accuracy = {
    sets: [
      { name: 'ANERcorp DEV20', file: paths.anercorp, split: 'dev20', conventions: GOLD_CORPORA.anercorp.conventions, maxSentences: config.accuracyMaxSentences },
      { name: 'AQMAR dev', file: paths.aqmarDev, split: 'all', conventions: GOLD_CORPORA.aqmar.conventions, maxSentences: config.accuracyMaxSentences },
    ] as const,
  };
  const common: ChildCommon = { dist: paths.dist, docsFile: corpus.docsFile, bigFile: corpus.bigFile, formsFile, accuracy };

  const results: BenchResults = { mode: config.mode, machine, quiet, corpus, forms: { ...forms, forms: { length: forms.forms.length } }, order: args.systems, systems: {}, errors: [] };
  for (const name of args.systems) {
    try {
      results.systems[name] = await measureSystem(paths, outDir, config, name, common);
    } catch (err) {
      if (name === 'alam') throw err;
      const message = err instanceof Error ? err.message : String(err);
      results.systems[name] = { error: message };
      results.errors.push(`${name}: ${message}`);
      log(`${name} failed: ${message}`);
    }
  }
  results.coldStart = await measureColdStarts(paths, config, args.systems, formsFile);
  log('lexicon load');
  results.lexiconLoad = await measureLexiconLoad(paths, config.lexiconLoadRuns);
  log('CLI --workers');
  // --skip-workers: the 503 MB part alone takes tens of minutes once the tagger runs; say so in the table.
  results.workers = args.skipWorkers
    ? { skipped: 'not measured in this run (--skip-workers)' }
    : await measureWorkers({ root: paths.root, dist: paths.dist, docsFile: corpus.docsFile, sizes: config.workers });
  results.targets = checkTargets(results);

  const report = renderReport(results);
  const stamp = machine.date.replace(/[:.]/g, '-');
  writeFileSync(join(paths.out, `results-${config.mode}-${stamp}.json`), `${JSON.stringify(results, null, 1)}\n`);
  writeFileSync(join(paths.out, `latest-${config.mode}.json`), `${JSON.stringify(results, null, 1)}\n`);
  writeFileSync(join(paths.out, `latest-${config.mode}.md`), report);
  process.stdout.write(report);
  if (args.readme) {
    if (config.mode !== 'full') throw new Error('--readme only with a full run');
    writeReadme(paths, report);
    log('bench/README.md updated');
  }
  if (results.errors.length) {
    log(`finished with errors:\n  ${results.errors.join('\n  ')}`);
    return 1;
  }
  return 0;
}

runScript(
  {
    name: 'bench',
    usage: 'npm run bench -- [options]',
    about: 'alam speed and footprint, side by side with wink-ner and @nlpjs/ner (a full run takes about 11 minutes on 2 cores).',
    options: [
      { name: 'tiny', kind: 'flag', description: 'every part once on a few KB (what tests/bench runs)' },
      { name: 'quick', kind: 'flag', description: 'same as --tiny' },
      { name: 'runs', kind: 'value', valueName: 'N', description: 'timed runs per figure (default 5, tiny 1)' },
      { name: 'systems', kind: 'value', valueName: 'S[,S…]', description: `${SYSTEM_NAMES.join(', ')} (alam always; default all)` },
      { name: 'wait-quiet', kind: 'flag', description: 'wait up to 30 minutes for the 1-minute load average to drop below 0.5' },
      { name: 'wait-quiet-for', kind: 'value', valueName: 'MINUTES', description: 'the same, up to MINUTES' },
      { name: 'readme', kind: 'flag', description: 'full run only: write the tables into bench/README.md' },
      { name: 'skip-workers', kind: 'flag', description: 'leave out the CLI --workers part (100 and 500 MB of JSONL, the longest part)' },
      { name: 'from', kind: 'value', valueName: 'RESULTS.json', description: 'measure nothing: render a saved result (with --readme, into the README)' },
    ],
  },
  (args) => main(readRunArgs(args)),
);
