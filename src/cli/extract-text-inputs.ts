import { createExtractor } from '../extractor';
import { createFormatter } from '../format/create-formatter';
import type { OutputFormat } from '../format/format-types';
import type { OutputSink } from '../stream/create-output-sink';
import { DEFAULT_CHUNK_SIZE } from '../stream/find-chunk-end';
import { OutputError } from '../stream/output-error';
import { createTextChunkReader } from '../stream/read-text-chunks';
import { shiftEntities } from '../stream/shift-entities';
import type { Extractor, ExtractorOptions } from '../types';
import type { CliIo } from './cli-io';
import { createReporter } from './create-reporter';
import { describeFileError } from './describe-file-error';
import { describeUtf8Damage } from './describe-utf8-damage';
import { displayName } from './display-name';
import { EXIT_OK, EXIT_PARTIAL_FAILURE } from './exit-codes';
import { openInput, type OpenedInput } from './open-input';
import type { ParsedArgs } from './parse-args';
import { readNormalizeOptions } from './normalize-switches';
import { UsageError } from './usage-error';
import { useColor } from './use-color';

/**
 * Text mode of `alam extract`: each input is one document, read and extracted in chunks cut at
 * paragraph or line breaks (--chunk-size characters at most), with offsets into the whole file, and
 * each chunk's output written as soon as it is made — a file of any size runs in bounded memory. A
 * file that cannot be read is reported on stderr and skipped; the others are still processed and the
 * exit code is 1. Document-level resolution (a later «شمخاني» after «علي شمخاني») works within a chunk.
 */
export async function extractTextInputs(inputs: readonly string[], format: OutputFormat, options: ExtractorOptions, args: ParsedArgs, io: CliIo, sink: OutputSink): Promise<number> {
  let extractor: Extractor;
  try {
    extractor = createExtractor(options);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const chunkSize = parseChunkSize(args.value('chunk-size'));
  const normalize = readNormalizeOptions(args);
  const title = args.value('title');
  const formatter = createFormatter(format, {
    explain: args.flag('explain'),
    color: useColor(args, io),
    shape: args.flag('shape'),
    header: !args.flag('no-header'),
    headings: inputs.length > 1,
    chunkSize,
    ...(options.types === undefined ? {} : { types: options.types }),
    ...(normalize === undefined ? {} : { normalize }),
    ...(title === undefined ? {} : { title }),
  });
  const reporter = createReporter(io, !args.flag('no-progress'));
  let failed = false;
  await sink.write(formatter.start());
  for (const [index, name] of inputs.entries()) {
    if (sink.closed) break;
    const shown = displayName(name);
    if (name === '-' && io.stdin.isTTY === true && io.stderr.isTTY === true) {
      reporter.warn('reading text from the terminal; end it with Ctrl-D');
    }
    let input: OpenedInput;
    try {
      input = await openInput(name, io);
    } catch (error) {
      reporter.error(`${shown}: ${describeFileError(error)}`);
      failed = true;
      continue;
    }
    const reader = createTextChunkReader(input.stream, chunkSize);
    // A bar for one small file would only flicker.
    const showProgress = inputs.length > 1 || (input.size ?? 0) > LARGE_FILE_BYTES;
    await sink.write(formatter.openDocument(shown));
    try {
      for await (const chunk of reader.chunks()) {
        let entities;
        try {
          entities = shiftEntities(extractor.extract(chunk.text), chunk.offset);
        } catch (error) {
          reporter.error(`${shown}: extraction failed at offset ${chunk.offset}: ${(error as Error).message}`);
          failed = true;
          break;
        }
        const output = formatter.addPart({ text: chunk.text, offset: chunk.offset, entities });
        reporter.progress.clear();
        await sink.write(output);
        if (sink.closed) break;
        const fraction = input.size === undefined ? undefined : (index + Math.min(1, reader.bytes / input.size)) / inputs.length;
        if (showProgress) reporter.progress.update(fraction, inputs.length > 1 ? `${index + 1}/${inputs.length} files` : shown);
      }
    } catch (error) {
      // A read error names the input; a write error is the output's (exit 4).
      if (error instanceof OutputError || (error as NodeJS.ErrnoException).code === undefined) throw error;
      reporter.error(`${shown}: ${describeFileError(error)}`);
      failed = true;
    }
    // What was read of a file that failed midway is still a well-formed document of the output.
    await sink.write(formatter.closeDocument());
    if (reader.damage.count > 0) reporter.warn(describeUtf8Damage(name, reader.damage.count, reader.damage.firstOffset));
  }
  reporter.progress.clear();
  await sink.write(formatter.finish());
  return failed ? EXIT_PARTIAL_FAILURE : EXIT_OK;
}

/** A single file this large gets a progress bar (on a terminal). */
const LARGE_FILE_BYTES = 8 * 1024 * 1024;

/** More than this is one chunk per file in practice, and a memory bound no more. */
const MAX_CHUNK_SIZE = 1 << 30;

function parseChunkSize(value: string | undefined): number {
  if (value === undefined) return DEFAULT_CHUNK_SIZE;
  const size = Number(value);
  if (!/^\d+$/.test(value) || !Number.isSafeInteger(size) || size < 2 || size > MAX_CHUNK_SIZE) {
    throw new UsageError(`--chunk-size needs a number of characters from 2 to ${MAX_CHUNK_SIZE}, got '${value}'`);
  }
  return size;
}
