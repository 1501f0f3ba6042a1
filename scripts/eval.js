'use strict';
// Scores alam's default extractor on the gold corpora (conlleval-style chunk F1, gold MISC not scored).
// npm run eval -- [--corpus anercorp,aqmar,wikifane] [--split dev20|train80|all] [--errors N]
//                 [--block-size N] [--format markdown|text|json | --json] [--extractor MODULE]
// ANERcorp is scored on DEV20 (its last 20% of sentences) unless --split says otherwise; AQMAR dev and
// WikiFANE are scored whole. WikiFANE may be harvested for the lexicons, so its score is not held out.

const fs = require('node:fs');
const path = require('node:path');
const { performance } = require('node:perf_hooks');

const CORPORA = {
  anercorp: { name: 'ANERcorp', file: 'corpora/anercorp/train.conll', splits: true },
  aqmar: { name: 'AQMAR dev', file: 'corpora/aqmar/dev.conll', splits: false },
  wikifane: { name: 'WikiFANE (harvested, not held out)', file: 'corpora/wikifane/all.conll', splits: false },
};
const DEFAULT_CORPORA = ['anercorp', 'aqmar'];
const SPLIT_NAMES = { all: 'all', train80: 'TRAIN80', dev20: 'DEV20' };

const USAGE = `usage: npm run eval -- [options]
  --corpus C[,C…]     ${Object.keys(CORPORA).join(', ')} (repeatable; default ${DEFAULT_CORPORA.join(',')})
  --split S           ANERcorp split: dev20 (default), train80 or all
  --errors N          print the N most frequent false positives, misses and type confusions per corpus
  --block-size N      sentences per extractor call (default 10)
  --format F          markdown (default), text (conlleval style) or json; --json = --format json
  --extractor MODULE  module exporting extract(text) (default: the built library, ../dist)
environment: ALAM_SHARED = the shared data folder (default ${path.resolve(__dirname, '../../shared')})
`;

function parseArgs(argv) {
  const options = { corpora: [], split: 'dev20', errors: 0, blockSize: 10, format: 'markdown', extractor: null };
  const value = (i, flag) => {
    const next = argv[i + 1];
    if (next === undefined || next.startsWith('--')) throw new UsageError(`${flag} needs a value`);
    return next;
  };
  const count = (text, flag, min) => {
    if (!/^\d+$/.test(text) || Number(text) < min) throw new UsageError(`${flag} needs an integer >= ${min}, got «${text}»`);
    return Number(text);
  };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    switch (arg) {
      case '--corpus':
        for (const name of value(i, arg).split(',')) {
          if (!(name in CORPORA)) throw new UsageError(`unknown corpus «${name}» (expected ${Object.keys(CORPORA).join(', ')})`);
          options.corpora.push(name);
        }
        i += 1;
        break;
      case '--split':
        options.split = value(i, arg);
        if (!(options.split in SPLIT_NAMES)) throw new UsageError(`--split needs dev20, train80 or all, got «${options.split}»`);
        i += 1;
        break;
      case '--errors':
        options.errors = count(value(i, arg), arg, 1);
        i += 1;
        break;
      case '--block-size':
        options.blockSize = count(value(i, arg), arg, 1);
        i += 1;
        break;
      case '--format':
        options.format = value(i, arg);
        if (!['markdown', 'text', 'json'].includes(options.format)) {
          throw new UsageError(`--format needs markdown, text or json, got «${options.format}»`);
        }
        i += 1;
        break;
      case '--json':
        options.format = 'json';
        break;
      case '--extractor':
        options.extractor = path.resolve(value(i, arg));
        i += 1;
        break;
      case '-h':
      case '--help':
        options.help = true;
        break;
      default:
        throw new UsageError(`unknown argument «${arg}»`);
    }
  }
  if (options.corpora.length === 0) options.corpora = DEFAULT_CORPORA;
  options.corpora = [...new Set(options.corpora)];
  return options;
}

class UsageError extends Error {}

/** Loads the extractor and makes a first call, so lexicon loading is timed apart from extraction. */
function loadExtractor(modulePath) {
  const started = performance.now();
  let loaded;
  try {
    loaded = require(modulePath);
  } catch (error) {
    if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes(modulePath)) {
      throw new Error(`cannot load the extractor ${modulePath} (run npm run build first)`);
    }
    throw error;
  }
  const loadMs = performance.now() - started;
  if (typeof loaded.extract !== 'function') {
    throw new Error(`${modulePath} exports no extract(text) function (run npm run build; has the extractor landed?)`);
  }
  const warm = performance.now();
  loaded.extract('اكد الرئيس في موسكو');
  return { extract: (text) => loaded.extract(text), loadMs, firstCallMs: performance.now() - warm };
}

function evaluateCorpus(evalApi, extract, key, options, shared) {
  const corpus = CORPORA[key];
  const file = path.join(shared, corpus.file);
  if (!fs.existsSync(file)) throw new Error(`${file} not found (set ALAM_SHARED to the shared data folder)`);
  const split = corpus.splits ? options.split : 'all';
  const all = evalApi.readConll(fs.readFileSync(file, 'utf8'), file);
  const sentences = evalApi.selectSplit(all, split);
  const range = sentences.length > 0 ? `, sentences ${sentences[0].index}–${sentences[sentences.length - 1].index}` : '';
  const label = corpus.splits ? `${corpus.name} ${SPLIT_NAMES[split]} (${sentences.length} of ${all.length}${range})` : corpus.name;
  const report = evalApi.evaluateConll(sentences, extract, {
    blockSize: options.blockSize,
    errors: options.errors > 0,
    label,
  });
  return { key, file, split, report };
}

function main(argv) {
  const options = parseArgs(argv);
  if (options.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  const shared = process.env.ALAM_SHARED ? path.resolve(process.env.ALAM_SHARED) : path.resolve(__dirname, '../../shared');
  const evalApi = require('../dist/eval');
  const started = performance.now();
  const extractor = loadExtractor(options.extractor ?? path.resolve(__dirname, '../dist'));
  const results = options.corpora.map((key) => evaluateCorpus(evalApi, extractor.extract, key, options, shared));
  const totalMs = performance.now() - started;

  if (options.format === 'json') {
    const corpora = results.map(({ key, file, split, report }) => {
      const { errors, ...scores } = report;
      const summary = errors === undefined ? undefined : topGroups(evalApi.summarizeErrors(errors), options.errors);
      return { corpus: key, file, split, ...scores, ...(summary ? { errorSummary: summary } : {}) };
    });
    const timing = { loadMs: extractor.loadMs, firstCallMs: extractor.firstCallMs, totalMs };
    process.stdout.write(`${JSON.stringify({ corpora, timing }, null, 2)}\n`);
    return 0;
  }
  const summaryFormat = options.format === 'text' ? 'text' : 'markdown';
  for (const { report } of results) {
    process.stdout.write(`${evalApi.formatReport(report, options.format)}\n`);
    process.stdout.write(`${evalApi.formatTiming(report.extractMs, report.characters, report.blocks)}\n\n`);
    if (report.errors !== undefined) {
      process.stdout.write(`${evalApi.formatErrorSummary(evalApi.summarizeErrors(report.errors), options.errors, summaryFormat)}\n`);
    }
  }
  process.stdout.write(
    `load: ${Math.round(extractor.loadMs)} ms, first call: ${Math.round(extractor.firstCallMs)} ms, ` +
      `total: ${Math.round(totalMs)} ms\n`,
  );
  return 0;
}

/** The `limit` most frequent groups of each kind (the summary is sorted by frequency). */
function topGroups(groups, limit) {
  const taken = new Map();
  return groups.filter((group) => {
    const seen = taken.get(group.kind) ?? 0;
    taken.set(group.kind, seen + 1);
    return seen < limit;
  });
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof UsageError) {
    process.stderr.write(`eval: ${error.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
