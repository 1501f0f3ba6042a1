export { ConllError } from './conll-error';
export { readConll } from './read-conll';
export { selectSplit, isEvalSplit } from './select-split';
export { layoutBlocks, type TextBlock, type BlockSentence, type Span } from './layout-blocks';
export { mapEntityType } from './map-entity-type';
export { projectEntities, type Projection } from './project-entities';
export { readChunks } from './read-chunks';
export { scoreChunks, type ChunkCounts } from './score-chunks';
export { computeScore } from './compute-score';
export { collectErrors } from './collect-errors';
export { evaluateConll } from './evaluate-conll';
export { summarizeErrors } from './summarize-errors';
export { formatReport, isReportFormat, type ReportFormat } from './format-report';
export { formatErrorSummary, type SummaryFormat } from './format-error-summary';
export { formatTiming } from './format-timing';
export { parseEvalArgs, EVAL_USAGE, type EvalArgs, type ParsedEvalArgs } from './parse-eval-args';
export { runEvalCommand, type EvalCommandIo } from './run-eval-command';
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
} from './types';
