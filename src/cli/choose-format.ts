import { OUTPUT_FORMATS, type OutputFormat } from '../format/format-types';
import type { CliIo } from './cli-io';
import type { ParsedArgs } from './parse-args';
import { UsageError } from './usage-error';

const JSONL_ONLY = ['workers', 'text-field', 'id-field', 'batch-bytes'];
const JSONL_ONLY_FLAGS = ['strict'];

/**
 * `--format`, or `jsonl` for `--jsonl`, or by default `pretty` for a terminal and `json` for a pipe or
 * file (so `alam extract x.txt | jq` gets JSON without asking).
 */
export function chooseFormat(args: ParsedArgs, io: CliIo): OutputFormat {
  const given = args.value('format');
  if (given !== undefined && !(OUTPUT_FORMATS as readonly string[]).includes(given)) {
    throw new UsageError(`--format: unknown format '${given}' (expected ${OUTPUT_FORMATS.join(', ')})`);
  }
  if (args.flag('jsonl') && given !== undefined && given !== 'jsonl') {
    throw new UsageError(`--jsonl writes JSONL records; it cannot be combined with --format ${given}`);
  }
  const format: OutputFormat = args.flag('jsonl') ? 'jsonl' : ((given as OutputFormat | undefined) ?? (io.stdout.isTTY === true ? 'pretty' : 'json'));
  if (format === 'jsonl' && args.value('chunk-size') !== undefined) throw new UsageError('--chunk-size applies to text files; a JSONL record is always one document');
  if (format !== 'jsonl') {
    const misplaced = JSONL_ONLY.find((name) => args.value(name) !== undefined) ?? JSONL_ONLY_FLAGS.find((name) => args.flag(name));
    if (misplaced !== undefined) throw new UsageError(`--${misplaced} applies to JSONL records mode only (add --jsonl)`);
  }
  return format;
}
