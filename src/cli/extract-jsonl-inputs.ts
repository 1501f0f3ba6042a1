import { availableParallelism } from 'node:os';
import { createJsonlPipeline, type JsonlPipeline } from '../stream/create-jsonl-pipeline';
import type { OutputSink } from '../stream/create-output-sink';
import { OutputError } from '../stream/output-error';
import type { JsonlOptions } from '../stream/record-types';
import type { ExtractorOptions } from '../types';
import type { CliIo } from './cli-io';
import { createReporter, type Reporter } from './create-reporter';
import { describeFileError } from './describe-file-error';
import { describeUtf8Damage } from './describe-utf8-damage';
import { displayName } from './display-name';
import { EXIT_OK, EXIT_PARTIAL_FAILURE } from './exit-codes';
import { openInput, type OpenedInput } from './open-input';
import type { ParsedArgs } from './parse-args';
import { UsageError } from './usage-error';

/** After this many per-line messages on stderr, only a count is given at the end (the error records on stdout are all there). */
const MAX_LINE_MESSAGES = 100;

/** More threads than this is a typo, not a plan (each loads its own lexicon). */
const MAX_WORKERS = 64;

/**
 * JSONL records mode of `alam extract`: each input (file or stdin) streams through the pipeline, one
 * output line per input line. Inputs are processed one after the other; line numbers restart at 1
 * in each.
 *
 * A bad record (a blank line, broken JSON, no string "text") is answered with an error record and
 * named on stderr, and the run still succeeds: under Spark's rdd.pipe or Hadoop Streaming a non-zero
 * exit fails the task, its retries fail the same way, and one bad record in a billion would kill the
 * job. `--strict` makes bad records exit 1 (after every record is answered). An input that cannot be
 * read is 1 either way; output that cannot be written is an OutputError (exit 4, in run-cli).
 */
export async function extractJsonlInputs(inputs: readonly string[], options: ExtractorOptions, args: ParsedArgs, io: CliIo, sink: OutputSink): Promise<number> {
  const workers = parseWorkers(args.value('workers'));
  const batchBytes = parsePositiveInteger('batch-bytes', args.value('batch-bytes'));
  const textField = args.value('text-field');
  const idField = args.value('id-field');
  const pipelineOptions: JsonlOptions = {
    ...options,
    workers,
    explain: args.flag('explain'),
    ...(batchBytes === undefined ? {} : { batchBytes }),
    ...(textField === undefined ? {} : { textField }),
    ...(idField === undefined ? {} : { idField }),
  };
  let pipeline: JsonlPipeline;
  try {
    pipeline = createJsonlPipeline(pipelineOptions);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const reporter = createReporter(io, !args.flag('no-progress'));
  let failed = false;
  let badRecords = 0;
  try {
    for (const name of inputs) {
      if (sink.closed) break;
      const outcome = await runInput(name, pipeline, sink, reporter, io);
      if (outcome === 'unreadable') failed = true;
      else if (outcome === 'closed') break;
      else badRecords += outcome.badRecords;
    }
  } finally {
    reporter.progress.clear();
    await pipeline.close();
  }
  return failed || (args.flag('strict') && badRecords > 0) ? EXIT_PARTIAL_FAILURE : EXIT_OK;
}

async function runInput(
  name: string,
  pipeline: JsonlPipeline,
  sink: OutputSink,
  reporter: Reporter,
  io: CliIo,
): Promise<'unreadable' | 'closed' | { readonly badRecords: number }> {
  const shown = displayName(name);
  let messages = 0;
  let input: OpenedInput;
  try {
    input = await openInput(name, io);
  } catch (error) {
    reporter.error(`${shown}: ${describeFileError(error)}`);
    return 'unreadable';
  }
  let summary;
  try {
    const total = input.size;
    summary = await pipeline.run(input.stream, sink, {
      onFailure(failure) {
        messages += 1;
        if (messages <= MAX_LINE_MESSAGES) reporter.error(`${shown}:${failure.line}: ${failure.message}`);
      },
      onProgress(progress) {
        reporter.progress.update(total === undefined ? undefined : progress.bytes / total, () => `${progress.records.toLocaleString('en-US')} records  ${shown}`);
      },
    });
  } catch (error) {
    // A read error names the input; a write error is the output's (exit 4), and anything else a bug.
    if (error instanceof OutputError || (error as NodeJS.ErrnoException).code === undefined) throw error;
    reporter.error(`${shown}: ${describeFileError(error)}`);
    return 'unreadable';
  }
  if (summary.outputClosed) return 'closed';
  if (messages > MAX_LINE_MESSAGES) {
    reporter.error(`${shown}: ${messages - MAX_LINE_MESSAGES} more failed lines not shown (${messages} in all; see the error records)`);
  }
  if (summary.utf8.count > 0) {
    reporter.warn(describeUtf8Damage(name, summary.utf8.count, summary.utf8.firstOffset, summary.utf8.firstLine));
  }
  return { badRecords: summary.failed };
}

function parseWorkers(value: string | undefined): number {
  if (value === undefined) return 1;
  if (value === 'auto') return Math.max(1, availableParallelism());
  const workers = parsePositiveInteger('workers', value) as number;
  if (workers > MAX_WORKERS) throw new UsageError(`--workers: at most ${MAX_WORKERS}, got ${workers}`);
  return workers;
}

function parsePositiveInteger(option: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(number) || number < 1) {
    throw new UsageError(`--${option} needs a positive integer, got '${value}'`);
  }
  return number;
}
