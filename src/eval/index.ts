// `alam/eval`: score an extractor against a CoNLL file, as `alam eval` and `npm run eval` do. Pinned by
// tests/api/public-api.test.ts; the modules behind it (projection, chunking, the CLI command) are internal.
export { ConllError } from './conll-error';
export { readConll } from './read-conll';
export { selectSplit } from './select-split';
export { evaluateConll } from './evaluate-conll';
// The texts evaluateConll asks its extractor for, in order: an asynchronous extractor (a service, a
// peer library) is run over them first, then its answers are handed to evaluateConll (as bench/ does).
export { layoutBlocks, type TextBlock, type BlockSentence, type Span } from './layout-blocks';
export { summarizeErrors } from './summarize-errors';
export { formatReport, type ReportFormat } from './format-report';
export { formatErrorSummary, type SummaryFormat } from './format-error-summary';
export { formatTiming } from './format-timing';
export {
  SCORED_TYPES,
  type ChunkType,
  type ScoredType,
  type ConllTag,
  type ConllToken,
  type ConllSentence,
  type EvalSplit,
  type Chunk,
  type EvalEntity,
  type ExtractFunction,
  type TypeScore,
  type EvalErrorKind,
  type OverlapNote,
  type EvalError,
  type ErrorGroup,
  type ProjectionStats,
  type EvalReport,
  type EvaluateOptions,
  type BlockCounts,
  type ChunkCounts,
} from './types';
