'use strict';
// alam speed and footprint bench, side by side with wink-ner and @nlpjs/ner.
// Usage: npm run bench            (full run, ≈ 11 min on 2 cores)
//        node bench/run.js --tiny (every part once on a few KB; alias --quick)
// Options: --runs=N  --systems=alam,wink,nlpjs,nlpjs-sentence  --wait-quiet[=MINUTES]
//          --readme (full mode: write the tables into bench/README.md)
//          --from=RESULTS.json (no measuring: render a saved result; with --readme, into the README)
// The report goes to stdout and bench/out/; progress goes to stderr.
const fs = require('fs');
const path = require('path');
const { resolveBenchPaths } = require('./lib/resolve-bench-paths');
const { createBenchConfig } = require('./lib/create-bench-config');
const { buildCorpus } = require('./lib/build-corpus');
const { loadEntryForms } = require('./lib/load-entry-forms');
const { describeMachine } = require('./lib/describe-machine');
const { waitForQuiet } = require('./lib/wait-for-quiet');
const { spawnNode } = require('./lib/spawn-node');
const { parseBenchResult } = require('./lib/parse-bench-result');
const { measureColdStart } = require('./lib/measure-cold-start');
const { measureWorkers } = require('./lib/measure-workers');
const { median } = require('./lib/median');
const { checkTargets } = require('./lib/check-targets');
const { renderReport } = require('./lib/render-report');
const { SYSTEM_NAMES } = require('./lib/create-system');
const { describeAlamBuild } = require('./lib/describe-alam-build');
const { readCpuBusy } = require('./lib/read-cpu-busy');

const README_START = '<!-- bench-table:start -->';
const README_END = '<!-- bench-table:end -->';

function parseArgs(argv) {
  const args = { mode: 'full', readme: false, waitQuietMin: 0, systems: SYSTEM_NAMES.slice(), runs: undefined, from: null };
  for (const arg of argv) {
    if (arg === '--tiny' || arg === '--quick') args.mode = 'tiny';
    else if (arg === '--readme') args.readme = true;
    else if (arg === '--wait-quiet') args.waitQuietMin = 30;
    else if (arg.startsWith('--wait-quiet=')) args.waitQuietMin = Number(arg.slice(13));
    else if (arg.startsWith('--runs=')) args.runs = Number(arg.slice(7));
    else if (arg.startsWith('--from=')) args.from = arg.slice(7);
    else if (arg.startsWith('--systems=')) args.systems = arg.slice(10).split(',');
    else throw new Error(`bench/run.js: unknown option ${JSON.stringify(arg)} (see the usage at the top of bench/run.js)`);
  }
  if (!args.systems.includes('alam')) args.systems.unshift('alam');
  for (const s of args.systems) {
    if (!SYSTEM_NAMES.includes(s)) throw new Error(`bench/run.js: unknown system ${JSON.stringify(s)}; expected ${SYSTEM_NAMES.join(', ')}`);
  }
  if (args.runs !== undefined && !(args.runs >= 1)) throw new Error('bench/run.js: --runs needs a number ≥ 1');
  return args;
}

function log(message) {
  process.stderr.write(`[bench] ${message}\n`);
}

/**
 * Runs one measuring child and adds `otherCores`: how many cores other processes kept busy on
 * average meanwhile (machine busy time minus the child's own CPU time, over the wall time), so a
 * figure taken while someone else ran tests is visible as such.
 */
async function runChild(paths, outDir, cfg) {
  const file = path.join(outDir, `config-${cfg.system}-${cfg.tasks.join('-')}.json`);
  fs.writeFileSync(file, JSON.stringify(cfg));
  const busyBefore = readCpuBusy();
  const run = await spawnNode([path.join(paths.bench, 'measure-system.js'), file], { cwd: paths.root });
  const busyAfter = readCpuBusy();
  const out = parseBenchResult(run, `measure-system ${cfg.system} [${cfg.tasks.join(', ')}]`);
  if (busyBefore !== null && busyAfter !== null) out.otherCores = Math.max(0, (busyAfter - busyBefore - out.cpuSeconds) / (run.totalMs / 1000));
  return out;
}

async function measureSystem(paths, outDir, config, name, common) {
  const own = config.perSystem[name];
  const base = { ...common, ...own, system: name, runs: config.runs };
  const result = {};
  const groups = config.separateChildren ? [['docs', 'big'], ['scaling'], ['accuracy']] : [['docs', 'big', 'scaling', 'accuracy', ...(own.streamRss ? ['rss'] : [])]];
  if (config.separateChildren && own.streamRss) groups.push(['rss']);
  for (const tasks of groups) {
    log(`${name}: ${tasks.join(', ')}`);
    const out = await runChild(paths, outDir, { ...base, tasks });
    if (tasks.includes('docs')) {
      Object.assign(result, { label: out.label, load: out.load, rssAfterLoadMB: out.rssAfterLoadMB, docs: out.docs, big: out.big, timingMaxRssMB: out.maxRssMB, timingOtherCores: out.otherCores });
    }
    if (tasks.includes('scaling')) result.scaling = { ...out.scaling, otherCores: out.otherCores };
    if (tasks.includes('accuracy')) result.accuracy = out.accuracy;
    if (tasks.includes('rss')) result.rss = { ...out.rss, maxRssMB: out.maxRssMB };
  }
  if (!own.streamRss) result.rssSkipped = 'n/a (too slow to stream the full corpus)';
  return result;
}

async function measureLexiconLoad(paths, runs) {
  const all = [];
  for (let r = 0; r < runs; r += 1) {
    const run = await spawnNode([path.join(paths.bench, 'lexicon-load.js'), '--json'], { cwd: paths.root });
    all.push(parseBenchResult(run, 'bench/lexicon-load.js'));
  }
  const out = { runs };
  for (const key of Object.keys(all[0])) out[key] = median(all.map((x) => x[key]));
  return out;
}

async function measureColdStarts(paths, config, order, formsFile) {
  const runs = config.coldStartRuns;
  const sample = 'زار بوتين موسكو';
  const out = {};
  log('cold start: bare node');
  out.node = await measureColdStart(['-e', "process.stdout.write('1\\n')"], { cwd: paths.root, runs });
  log('cold start: alam');
  const code = `const a=require(${JSON.stringify(paths.dist)});process.stdout.write(JSON.stringify(a.extract(${JSON.stringify(sample)}))+'\\n')`;
  out.alam = await measureColdStart(['-e', code], { cwd: paths.root, runs });
  for (const name of order.filter((x) => x === 'wink' || x === 'nlpjs')) {
    log(`cold start: ${name}`);
    out[name] = await measureColdStart([path.join(paths.bench, 'peer-cold-start.js'), name, formsFile], { cwd: paths.root, runs: Math.min(runs, 5) });
  }
  return out;
}

function writeReadme(paths, report) {
  const file = path.join(paths.bench, 'README.md');
  const text = fs.readFileSync(file, 'utf8');
  const a = text.indexOf(README_START);
  const b = text.indexOf(README_END);
  if (a < 0 || b < a) throw new Error(`${file}: markers ${README_START} … ${README_END} not found`);
  const body = report.replace(/^# .*\n\n/, '').replace(/^## /gm, '### ');
  fs.writeFileSync(file, `${text.slice(0, a + README_START.length)}\n${body}${text.slice(b)}`);
}

function renderSaved(args, paths) {
  const results = JSON.parse(fs.readFileSync(args.from, 'utf8'));
  const report = renderReport(results);
  process.stdout.write(report);
  if (args.readme) {
    if (results.mode !== 'full') throw new Error(`--readme only with a full run; ${args.from} is a ${results.mode} run`);
    writeReadme(paths, report);
    log('bench/README.md updated');
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.from) {
    renderSaved(args, resolveBenchPaths());
    return;
  }
  const config = createBenchConfig(args.mode, { runs: args.runs });
  const paths = resolveBenchPaths();
  if (!fs.existsSync(path.join(paths.dist, 'index.js'))) throw new Error(`${paths.dist}/index.js not found: run \`npm run build\` first`);
  const quiet = await waitForQuiet({ timeoutMs: args.waitQuietMin * 60000, log });
  if (!quiet.quiet) log(`warning: load average ${quiet.load.toFixed(2)} ≥ 0.5, figures will be low`);
  const machine = describeMachine();
  machine.alam = describeAlamBuild(paths);
  const outDir = path.join(paths.out, config.mode);
  fs.mkdirSync(outDir, { recursive: true });

  log('building the corpus');
  const corpus = buildCorpus({ sources: [paths.anercorp, paths.wikifane], outDir: path.join(paths.out, `corpus-${config.mode}`), ...config.corpus });
  const alamNormalize = require(paths.dist).normalize;
  const forms = loadEntryForms({ dist: paths.dist, normalize: (text) => alamNormalize(text).text });
  const formsFile = path.join(outDir, 'forms.json');
  fs.writeFileSync(formsFile, JSON.stringify(forms));
  const accuracy = {
    sets: [
      { name: 'ANERcorp DEV20', file: paths.anercorp, split: 'dev20', maxSentences: config.accuracyMaxSentences },
      { name: 'AQMAR dev', file: paths.aqmarDev, split: 'all', maxSentences: config.accuracyMaxSentences },
    ],
  };
  const common = { dist: paths.dist, docsFile: corpus.docsFile, bigFile: corpus.bigFile, formsFile, accuracy };

  const results = { mode: config.mode, machine, quiet, corpus, forms: { ...forms, forms: { length: forms.forms.length } }, order: args.systems, systems: {}, errors: [] };
  for (const name of args.systems) {
    try {
      results.systems[name] = await measureSystem(paths, outDir, config, name, common);
    } catch (err) {
      if (name === 'alam') throw err;
      results.systems[name] = { error: err.message };
      results.errors.push(`${name}: ${err.message}`);
      log(`${name} failed: ${err.message}`);
    }
  }
  results.coldStart = await measureColdStarts(paths, config, args.systems, formsFile);
  log('lexicon load');
  results.lexiconLoad = await measureLexiconLoad(paths, config.lexiconLoadRuns);
  log('CLI --workers');
  results.workers = await measureWorkers({ root: paths.root, dist: paths.dist, docsFile: corpus.docsFile, sizes: config.workers });
  results.targets = checkTargets(results);

  const report = renderReport(results);
  const stamp = machine.date.replace(/[:.]/g, '-');
  fs.writeFileSync(path.join(paths.out, `results-${config.mode}-${stamp}.json`), `${JSON.stringify(results, null, 1)}\n`);
  fs.writeFileSync(path.join(paths.out, `latest-${config.mode}.json`), `${JSON.stringify(results, null, 1)}\n`);
  fs.writeFileSync(path.join(paths.out, `latest-${config.mode}.md`), report);
  process.stdout.write(report);
  if (args.readme) {
    if (config.mode !== 'full') throw new Error('--readme only with a full run');
    writeReadme(paths, report);
    log('bench/README.md updated');
  }
  if (results.errors.length) {
    log(`finished with errors:\n  ${results.errors.join('\n  ')}`);
    process.exitCode = 1;
  }
}

main().catch((err) => {
  process.stderr.write(`bench failed: ${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
