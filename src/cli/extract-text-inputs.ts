import { createExtractor } from '../extractor';
import { createFormatter } from '../format/create-formatter';
import type { OutputFormat } from '../format/format-types';
import type { OutputSink } from '../stream/create-output-sink';
import type { Extractor, ExtractorOptions } from '../types';
import type { CliIo } from './cli-io';
import { createReporter } from './create-reporter';
import { describeFileError } from './describe-file-error';
import { describeUtf8Damage } from './describe-utf8-damage';
import { displayName } from './display-name';
import { EXIT_OK, EXIT_PARTIAL_FAILURE } from './exit-codes';
import type { ParsedArgs } from './parse-args';
import { readInput } from './read-input';
import { readNormalizeOptions } from './normalize-switches';
import { UsageError } from './usage-error';
import { useColor } from './use-color';

/**
 * Text mode of `alam extract`: each input is one document. A file that cannot be read is reported on
 * stderr and skipped; the others are still processed and the exit code is 1.
 */
export async function extractTextInputs(inputs: readonly string[], format: OutputFormat, options: ExtractorOptions, args: ParsedArgs, io: CliIo, sink: OutputSink): Promise<number> {
  let extractor: Extractor;
  try {
    extractor = createExtractor(options);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const normalize = readNormalizeOptions(args);
  const title = args.value('title');
  const formatter = createFormatter(format, {
    explain: args.flag('explain'),
    color: useColor(args, io),
    shape: args.flag('shape'),
    header: !args.flag('no-header'),
    headings: inputs.length > 1,
    ...(normalize === undefined ? {} : { normalize }),
    ...(title === undefined ? {} : { title }),
  });
  const reporter = createReporter(io, inputs.length > 1 && !args.flag('no-progress'));
  let failed = false;
  await sink.write(formatter.start());
  for (const [index, name] of inputs.entries()) {
    if (sink.closed) break;
    if (name === '-' && io.stdin.isTTY === true && io.stderr.isTTY === true) {
      reporter.warn('reading text from the terminal; end it with Ctrl-D');
    }
    let input;
    try {
      input = await readInput(name, io);
    } catch (error) {
      reporter.error(`${displayName(name)}: ${describeFileError(error)}`);
      failed = true;
      continue;
    }
    if (input.damage.count > 0) reporter.warn(describeUtf8Damage(name, input.damage.count, input.damage.firstOffset));
    let entities;
    try {
      entities = extractor.extract(input.text);
    } catch (error) {
      reporter.error(`${displayName(name)}: extraction failed: ${(error as Error).message}`);
      failed = true;
      continue;
    }
    const output = formatter.add({ name: displayName(name), text: input.text, entities });
    reporter.progress.clear();
    await sink.write(output);
    reporter.progress.update((index + 1) / inputs.length, `${index + 1}/${inputs.length} files`);
  }
  reporter.progress.clear();
  await sink.write(formatter.finish());
  return failed ? EXIT_PARTIAL_FAILURE : EXIT_OK;
}
