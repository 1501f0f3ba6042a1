import { ConllError } from './conll-error';
import { evaluateConll } from './evaluate-conll';
import { formatErrorSummary } from './format-error-summary';
import { formatReport } from './format-report';
import { formatTiming } from './format-timing';
import { EVAL_USAGE, parseEvalArgs } from './parse-eval-args';
import { readConll } from './read-conll';
import { selectSplit } from './select-split';
import { summarizeErrors, topGroups } from './summarize-errors';
import type { ExtractFunction } from './types';

export interface EvalCommandIo {
  stdout(text: string): void;
  stderr(text: string): void;
  readFile(path: string): string | Promise<string>;
  /** The extractor to score (the CLI passes alam's default `extract`). */
  readonly extract: ExtractFunction;
}

/**
 * `alam eval FILE.conll [--errors [N]] [--block-size N] [--split S] [--format F | --json]`.
 * Returns the exit code: 0 done, 1 unreadable or malformed input (or an extractor failure), 2 bad arguments.
 */
export async function runEvalCommand(args: readonly string[], io: EvalCommandIo): Promise<number> {
  const parsed = parseEvalArgs(args);
  if (parsed.kind === 'help') {
    io.stdout(EVAL_USAGE);
    return 0;
  }
  if (parsed.kind === 'usage-error') {
    io.stderr(`alam eval: ${parsed.message}\n\n${EVAL_USAGE}`);
    return 2;
  }
  const { file, errors, blockSize, split, format } = parsed.args;
  try {
    const text = await io.readFile(file);
    const sentences = selectSplit(readConll(text, file), split);
    const label = split === 'all' ? file : `${file} (${split})`;
    const report = evaluateConll(sentences, io.extract, { blockSize, errors: errors > 0, label });
    const groups = report.errors === undefined ? [] : summarizeErrors(report.errors);
    if (format === 'json') {
      const { errors: _omitted, ...scores } = report;
      const output = errors > 0 ? { ...scores, errorSummary: topGroups(groups, errors) } : scores;
      io.stdout(`${JSON.stringify(output, null, 2)}\n`);
      return 0;
    }
    io.stdout(formatReport(report, format));
    io.stdout(`${formatTiming(report.extractMs, report.characters, report.blocks)}\n`);
    if (errors > 0) io.stdout(`\n${formatErrorSummary(groups, errors, format)}`);
    return 0;
  } catch (error) {
    if (error instanceof ConllError) {
      io.stderr(`alam eval: ${error.message}\n`);
      return 1;
    }
    io.stderr(`alam eval: ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
