// The shapes the bench passes around: systems, the configuration a measuring child gets as JSON,
// and the results it prints back (BENCH_RESULT) and run.ts saves and renders.
import type { TypeScore } from '#alam/eval/types';
import type { AnnotationConventions } from '#alam/types';
import type { ColdStart } from './measure-cold-start';
import type { MachineDescription } from './describe-machine';
import type { Quiet } from './wait-for-quiet';

/** `alam` is the library as shipped (the tagger on); `alam-no-model` is `createExtractor({ model: false })`, the lexicon and rules alone. */
export type SystemName = 'alam' | 'alam-no-model' | 'wink' | 'nlpjs' | 'nlpjs-sentence';
export const SYSTEM_NAMES: readonly SystemName[] = ['alam', 'alam-no-model', 'wink', 'nlpjs', 'nlpjs-sentence'];

/** Either alam: it brings its own bundled lexicon, where the peers are loaded with its forms. */
export function isAlam(name: SystemName): boolean {
  return name === 'alam' || name === 'alam-no-model';
}

/** A span a system found, in the text it was given. */
export interface Span {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

/** A (type, surface form) pair the peers are loaded with. */
export interface EntityForm {
  readonly type: string;
  readonly form: string;
}

/**
 * A system under measure. `extract` returns the system's own result (alam's entities, a peer's
 * spans), timed as is; `toSpans` turns it into spans for scoring, outside the timing.
 */
export interface BenchSystem<R extends readonly unknown[] = readonly unknown[]> {
  readonly name: SystemName;
  readonly label: string;
  readonly isAsync: boolean;
  load(forms: readonly EntityForm[]): Record<string, unknown>;
  extract(text: string): R | Promise<R>;
  /**
   * alam's extract under a corpus's annotation conventions (`conventions`), as `npm run eval` scores
   * that corpus; a peer has no such option and is scored with `extract`.
   */
  extractUnder?(conventions: AnnotationConventions): (text: string) => R;
  toSpans(result: R): Span[];
}

export type BenchMode = 'tiny' | 'full';
export type Task = 'docs' | 'big' | 'scaling' | 'accuracy' | 'rss';

/** Time budgets and sizes of one system: a slow peer is timed on a prefix of the corpus. */
export interface SystemBudget {
  readonly budgetMs: number | null;
  readonly bigBudgetMs?: number;
  readonly streamRss?: boolean;
  readonly skipBig?: string;
  readonly scaling: { readonly baseChars: number; readonly factors: readonly number[]; readonly budgetMs: number };
}

export interface BenchConfig {
  readonly mode: BenchMode;
  readonly corpus: { readonly targetBytes: number; readonly bigBytes: number; readonly maxSentences: number };
  readonly runs: number;
  readonly coldStartRuns: number;
  readonly lexiconLoadRuns: number;
  readonly workers: readonly { readonly minBytes: number; readonly runs: number }[];
  readonly separateChildren: boolean;
  readonly accuracyMaxSentences: number | null;
  readonly perSystem: Readonly<Record<SystemName, SystemBudget>>;
}

/** A gold set to score on: a CoNLL file and its split. */
export interface AccuracySet {
  readonly name: string;
  readonly file: string;
  readonly split: 'all' | 'train80' | 'dev20';
  /** The corpus's annotation conventions (scripts/lib/gold-corpora.ts), for a system that has the option. */
  readonly conventions: AnnotationConventions;
  readonly maxSentences: number | null;
}

/** What bench/measure-system.ts is given (as a JSON file). */
export interface ChildConfig extends SystemBudget {
  readonly system: SystemName;
  readonly runs: number;
  readonly tasks: readonly Task[];
  readonly dist: string;
  readonly docsFile: string;
  readonly bigFile: string;
  readonly formsFile: string;
  readonly accuracy: { readonly sets: readonly AccuracySet[] };
}

export interface DocsResult {
  readonly runs: number;
  readonly docs: number;
  readonly chars: number;
  readonly bytes: number;
  readonly coverage: number;
  readonly entities: number;
  readonly msAll: readonly number[];
  readonly ms: number;
  readonly mcharsPerSec: number;
  readonly mbPerSec: number;
}

export interface BigResult {
  readonly skipped?: string;
  readonly runs?: number;
  readonly firstMs?: number;
  readonly chars?: number;
  readonly bytes?: number;
  readonly entities?: number;
  readonly msAll?: readonly number[];
  readonly ms?: number;
  readonly mcharsPerSec?: number;
  readonly mbPerSec?: number;
  readonly note?: string | undefined;
}

export interface ScalingResult {
  readonly baseChars: number;
  readonly points: readonly { readonly factor: number; readonly chars: number; readonly msAll: readonly number[]; readonly ms: number; ratio?: number }[];
  otherCores?: number;
}

export interface AccuracyResult {
  readonly name: string;
  readonly sentences: number;
  readonly blocks: number;
  readonly chars: number;
  readonly ms: number;
  readonly mcharsPerSec: number;
  readonly micro: TypeScore;
  readonly byType: Readonly<Record<'PER' | 'LOC' | 'ORG', TypeScore>>;
  readonly projection: unknown;
}

export interface StreamResult {
  readonly docs: number;
  readonly entities: number;
  readonly ms: number;
  readonly withBig: boolean;
  maxRssMB?: number;
}

/** What one measuring child prints. */
export interface ChildResult {
  readonly system: SystemName;
  readonly tasks: readonly Task[];
  readonly label?: string;
  readonly load?: Record<string, unknown> & { readonly ms: number; readonly offered?: number | undefined; readonly loaded?: number };
  readonly rssBeforeLoadMB?: number;
  readonly rssAfterLoadMB?: number;
  readonly rss?: StreamResult;
  readonly docs?: DocsResult;
  readonly big?: BigResult;
  readonly scaling?: ScalingResult;
  readonly accuracy?: { readonly sets: readonly AccuracyResult[] };
  readonly maxRssMB: number;
  readonly cpuSeconds: number;
  otherCores?: number;
}

/** One system's figures, assembled from its children. */
export interface SystemResult {
  label?: string | undefined;
  load?: ChildResult['load'];
  rssAfterLoadMB?: number | undefined;
  docs?: DocsResult | undefined;
  big?: BigResult | undefined;
  timingMaxRssMB?: number;
  timingOtherCores?: number | undefined;
  scaling?: ScalingResult;
  accuracy?: { readonly sets: readonly AccuracyResult[] } | undefined;
  rss?: StreamResult;
  rssSkipped?: string;
  error?: string;
}

export interface LexiconLoadResult {
  readonly runs?: number;
  readonly skipped?: string;
  readonly requireMs?: number;
  readonly createMs?: number;
  readonly firstExtractMs?: number;
  readonly secondExtractMs?: number;
  readonly entities?: number;
  readonly rssBareMB?: number;
  readonly rssMB?: number;
  readonly heapUsedMB?: number;
  readonly maxRssMB?: number;
}

export interface WorkersPoint {
  readonly label?: string;
  readonly workers: number;
  readonly msAll: readonly number[];
  readonly ms: number;
  readonly mbPerSec: number;
  readonly speedup: number;
}

export interface WorkersInput {
  readonly file?: string;
  readonly bytes?: number;
  readonly repeats?: number;
  readonly points: readonly WorkersPoint[];
}

export interface WorkersResult {
  readonly skipped?: string;
  readonly inputs?: readonly WorkersInput[];
  /** Results saved before the bench measured several sizes hold one input at the top level. */
  readonly points?: readonly WorkersPoint[];
}

export interface TargetRow {
  readonly what: string;
  readonly target: string;
  readonly value: number | null;
  readonly unit: string;
  readonly status: string;
}

export interface EntityForms {
  readonly source: string;
  readonly folded: boolean;
  readonly entries: number;
  readonly skippedContextOnly: number;
  readonly byType: Readonly<Record<string, number>>;
  readonly forms: readonly EntityForm[];
}

export interface CorpusManifest {
  readonly params: unknown;
  readonly docsFile: string;
  readonly bigFile: string;
  readonly docs: number;
  readonly baseDocs: number;
  readonly copies: number;
  readonly docChars: number;
  readonly docBytes: number;
  readonly bigChars: number;
  readonly bigBytes: number;
  readonly docsMB: number;
}

/** Everything a run measured: saved as JSON, rendered by render-report.ts. */
export interface BenchResults {
  readonly mode: BenchMode;
  readonly machine: MachineDescription;
  readonly quiet: Quiet;
  readonly corpus: CorpusManifest;
  readonly forms: Omit<EntityForms, 'forms'> & { readonly forms: { readonly length: number } };
  readonly order: readonly SystemName[];
  readonly systems: Partial<Record<SystemName, SystemResult>>;
  readonly errors: string[];
  coldStart?: Partial<Record<'node' | SystemName, ColdStart>>;
  lexiconLoad?: LexiconLoadResult;
  workers?: WorkersResult;
  targets?: readonly TargetRow[];
}
