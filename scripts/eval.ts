// Scores alam's default extractor on the gold corpora (conlleval-style chunk F1, gold MISC not scored).
// ANERcorp is scored on DEV20 (its last 20% of sentences) unless --split says otherwise; AQMAR dev and
// WikiFANE are scored whole. WikiFANE may be harvested for the lexicons, so its score is not held out.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { evaluateConll } from '#alam/eval/evaluate-conll';
import { formatErrorSummary } from '#alam/eval/format-error-summary';
import { formatReport, type ReportFormat } from '#alam/eval/format-report';
import { formatTiming } from '#alam/eval/format-timing';
import { readConll } from '#alam/eval/read-conll';
import { selectSplit } from '#alam/eval/select-split';
import { summarizeErrors, topGroups } from '#alam/eval/summarize-errors';
import type { EvalReport, EvalSplit, ExtractFunction } from '#alam/eval/types';
import { createExtractorWith } from '#alam/extractor';
import { loadBundledLexicon } from '#alam/lexicon/load-lexicon';
import { loadModel } from '#alam/tag/model-file';
import { ANNOTATION_CONVENTIONS, type AnnotationConventions } from '#alam/types';
import { GOLD_CORPORA, type GoldCorpus } from './lib/gold-corpora';
import { findRepoRoot, resolveSharedDir } from './lib/repo-paths';
import { readChoice, readInteger, runScript, UsageError, type ParsedArgs } from './lib/script-args';

type CorpusKey = GoldCorpus;
/** Each corpus is scored under its own annotation conventions (GOLD_CORPORA: ANERcorp under 'anercorp'). */
const CORPORA = GOLD_CORPORA;
const CORPUS_KEYS = Object.keys(CORPORA) as CorpusKey[];
const DEFAULT_CORPORA: readonly CorpusKey[] = ['anercorp', 'aqmar'];
const SPLIT_NAMES: Readonly<Record<EvalSplit, string>> = { all: 'all', train80: 'TRAIN80', dev20: 'DEV20' };
const FORMATS: readonly ReportFormat[] = ['markdown', 'text', 'json'];

interface EvalOptions {
  readonly corpora: readonly CorpusKey[];
  readonly split: EvalSplit;
  readonly errors: number;
  readonly blockSize: number;
  readonly format: ReportFormat;
  readonly extractor: string;
  readonly model: boolean;
  /** A model file scored instead of data/model.bin (--model): another training's, without copying it over the shipped one. */
  readonly modelFile: string | undefined;
  /** Every corpus under these conventions instead of its own (--conventions). */
  readonly conventions: AnnotationConventions | undefined;
}

function readOptions(args: ParsedArgs): EvalOptions {
  const corpora: CorpusKey[] = [];
  for (const name of args.values('corpus').flatMap((v) => v.split(','))) {
    if (!(CORPUS_KEYS as string[]).includes(name)) throw new UsageError(`unknown corpus «${name}» (expected ${CORPUS_KEYS.join(', ')})`);
    corpora.push(name as CorpusKey);
  }
  const modelFile = args.value('model');
  if (modelFile !== undefined && args.flag('no-model')) throw new UsageError('--model FILE and --no-model exclude each other');
  if (modelFile !== undefined && args.value('extractor') !== undefined) throw new UsageError('--model FILE scores the built library (dist/), not another --extractor');
  return {
    corpora: corpora.length === 0 ? DEFAULT_CORPORA : [...new Set(corpora)],
    split: readChoice(args, 'split', ['dev20', 'train80', 'all'], 'dev20'),
    errors: readInteger(args, 'errors', 0, 1),
    blockSize: readInteger(args, 'block-size', 10, 1),
    format: args.flag('json') ? 'json' : readChoice(args, 'format', FORMATS, 'markdown'),
    extractor: resolve(args.value('extractor') ?? join(findRepoRoot(), 'dist')),
    model: !args.flag('no-model'),
    modelFile: modelFile === undefined ? undefined : resolve(modelFile),
    conventions: args.value('conventions') === undefined ? undefined : readChoice(args, 'conventions', ANNOTATION_CONVENTIONS, 'general'),
  };
}

/** The module's extract(text) for a corpus, and the conventions it follows ('its own' when the module cannot be told). */
type CorpusExtract = (conventions: AnnotationConventions) => { extract: ExtractFunction; conventions: string };

/**
 * Loads the extractor module and makes a first call, so lexicon loading is timed apart from
 * extraction. Each corpus gets an extractor of its own conventions from the module's
 * createExtractor; a module exporting extract(text) alone is scored under its own.
 */
function loadExtractor(modulePath: string, model: boolean): { extractFor: CorpusExtract; loadMs: number; firstCallMs: number } {
  const started = performance.now();
  let loaded: { extract?: unknown; createExtractor?: unknown };
  try {
    loaded = require(modulePath) as { extract?: unknown; createExtractor?: unknown };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND' && String((error as Error).message).includes(modulePath)) {
      throw new Error(`cannot load the extractor ${modulePath} (run npm run build first)`);
    }
    throw error;
  }
  const loadMs = performance.now() - started;
  const { createExtractor, extract } = loaded;
  if (!model && typeof createExtractor !== 'function') throw new Error(`${modulePath} exports no createExtractor(options) to run with model: false`);
  if (typeof createExtractor !== 'function' && typeof extract !== 'function') throw new Error(`${modulePath} exports no extract(text) function (run npm run build; has the extractor landed?)`);
  const extractFor: CorpusExtract = (conventions) => {
    if (typeof createExtractor !== 'function') return { extract: (text) => (extract as ExtractFunction)(text), conventions: "the module's own" };
    const created = (createExtractor as (options: object) => { extract: ExtractFunction }).call(undefined, model ? { conventions } : { model: false, conventions });
    return { extract: (text) => created.extract(text), conventions };
  };
  return { extractFor, loadMs, firstCallMs: timeFirstCall(extractFor) };
}

/** The first call's time, apart from extraction's: it reads what loading left for first use. */
function timeFirstCall(extractFor: CorpusExtract): number {
  const warm = performance.now();
  extractFor('general').extract('اكد الرئيس في موسكو');
  return performance.now() - warm;
}

/**
 * The built library's extractors over another model file (--model), read as data/model.bin is: a
 * missing or corrupt file is an error naming it.
 */
function loadModelExtractor(file: string): { extractFor: CorpusExtract; loadMs: number; firstCallMs: number } {
  const started = performance.now();
  const data = { artifact: loadBundledLexicon(), model: loadModel(file) };
  const loadMs = performance.now() - started;
  const extractFor: CorpusExtract = (conventions) => {
    const created = createExtractorWith({ conventions }, data);
    return { extract: (text) => created.extract(text), conventions };
  };
  return { extractFor, loadMs, firstCallMs: timeFirstCall(extractFor) };
}

function evaluateCorpus(extractFor: CorpusExtract, key: CorpusKey, options: EvalOptions, shared: string): { key: CorpusKey; file: string; split: EvalSplit; conventions: string; report: EvalReport } {
  const corpus = CORPORA[key];
  const { extract, conventions } = extractFor(options.conventions ?? corpus.conventions);
  const file = join(shared, corpus.file);
  if (!existsSync(file)) throw new Error(`${file} not found (set ALAM_SHARED to the shared data folder)`);
  const split = corpus.splits ? options.split : 'all';
  const all = readConll(readFileSync(file, 'utf8'), file);
  const sentences = selectSplit(all, split);
  const first = sentences[0];
  const last = sentences[sentences.length - 1];
  const range = first && last ? `, sentences ${first.index}–${last.index}` : '';
  const name = corpus.splits ? `${corpus.name} ${SPLIT_NAMES[split]} (${sentences.length} of ${all.length}${range})` : corpus.name;
  const label = `${name}, conventions: ${conventions}`;
  const report = evaluateConll(sentences, extract, { blockSize: options.blockSize, errors: options.errors > 0, label, blockCounts: options.format === 'json' });
  return { key, file, split, conventions, report };
}

runScript(
  {
    name: 'eval',
    usage: 'npm run eval -- [options]',
    about: `Scores alam on the gold corpora of the shared folder (ALAM_SHARED, default ${resolveSharedDir()}): conlleval chunk
precision, recall and F1 for PER, LOC, ORG and micro; gold MISC is not scored. ANERcorp is scored on
DEV20 unless --split says otherwise. Each corpus is scored under its own annotation conventions
(createExtractor's conventions): ANERcorp under 'anercorp', AQMAR dev and WikiFANE under 'general'.`,
    options: [
      { name: 'corpus', kind: 'repeat', valueName: 'C[,C…]', description: `${CORPUS_KEYS.join(', ')} (default ${DEFAULT_CORPORA.join(',')})` },
      { name: 'split', kind: 'value', valueName: 'S', description: 'ANERcorp split: dev20 (default), train80 or all' },
      { name: 'errors', kind: 'value', valueName: 'N', description: 'print the N most frequent false positives, misses and type confusions per corpus' },
      { name: 'block-size', kind: 'value', valueName: 'N', description: 'sentences per extractor call (default 10)' },
      { name: 'format', kind: 'value', valueName: 'F', description: 'markdown (default), text (conlleval style) or json' },
      { name: 'json', kind: 'flag', description: 'same as --format json (with each block\'s counts, for npm run eval:compare)' },
      { name: 'conventions', kind: 'value', valueName: 'C', description: `score every corpus under these conventions (${ANNOTATION_CONVENTIONS.join(' or ')}) instead of its own` },
      { name: 'no-model', kind: 'flag', description: 'without the learned tagger: the lexicon and the rules alone (createExtractor({ model: false }))' },
      { name: 'extractor', kind: 'value', valueName: 'MODULE', description: 'module exporting extract(text) (default: the built library, dist/)' },
      { name: 'model', kind: 'value', valueName: 'FILE', description: "score the built library with this model file instead of data/model.bin (another training's --output)" },
    ],
  },
  (args) => {
    const options = readOptions(args);
    const shared = resolveSharedDir();
    const started = performance.now();
    const extractor = options.modelFile === undefined ? loadExtractor(options.extractor, options.model) : loadModelExtractor(options.modelFile);
    const results = options.corpora.map((key) => evaluateCorpus(extractor.extractFor, key, options, shared));
    const totalMs = performance.now() - started;

    if (options.format === 'json') {
      const corpora = results.map(({ key, file, split, conventions, report }) => {
        const { errors, ...scores } = report;
        const summary = errors === undefined ? undefined : topGroups(summarizeErrors(errors), options.errors);
        return { corpus: key, file, split, conventions, ...scores, ...(summary ? { errorSummary: summary } : {}) };
      });
      const timing = { loadMs: extractor.loadMs, firstCallMs: extractor.firstCallMs, totalMs };
      process.stdout.write(`${JSON.stringify({ corpora, timing }, null, 2)}\n`);
      return;
    }
    const summaryFormat = options.format === 'text' ? 'text' : 'markdown';
    for (const { report } of results) {
      process.stdout.write(`${formatReport(report, options.format)}\n`);
      process.stdout.write(`${formatTiming(report.extractMs, report.characters, report.blocks)}\n\n`);
      if (report.errors !== undefined) process.stdout.write(`${formatErrorSummary(summarizeErrors(report.errors), options.errors, summaryFormat)}\n`);
    }
    process.stdout.write(`load: ${Math.round(extractor.loadMs)} ms, first call: ${Math.round(extractor.firstCallMs)} ms, total: ${Math.round(totalMs)} ms\n`);
  },
);
