import type { OutputSink } from '../stream/create-output-sink';
import type { CliIo } from './cli-io';
import { chooseFormat } from './choose-format';
import { EXIT_OK } from './exit-codes';
import { EXTRACT_OPTION_SPECS } from './extract-option-specs';
import { extractJsonlInputs } from './extract-jsonl-inputs';
import { extractTextInputs } from './extract-text-inputs';
import { EXTRACT_HELP } from './help-texts';
import { parseArgs } from './parse-args';
import { readExtractorOptions } from './read-extractor-options';
import { UsageError } from './usage-error';

/** `alam extract [options] [FILE...|-]`: text documents, or JSONL records with --jsonl. */
export async function runExtractCommand(argv: readonly string[], io: CliIo, sink: OutputSink): Promise<number> {
  const args = parseArgs(argv, EXTRACT_OPTION_SPECS, 'alam extract');
  if (args.flag('help')) {
    await sink.write(EXTRACT_HELP);
    return EXIT_OK;
  }
  const format = chooseFormat(args, io);
  const options = await readExtractorOptions(args);
  const inputs = args.positionals.length > 0 ? args.positionals : ['-'];
  if (inputs.filter((name) => name === '-').length > 1) throw new UsageError("stdin ('-') can be given only once");
  return format === 'jsonl' ? extractJsonlInputs(inputs, options, args, io, sink) : extractTextInputs(inputs, format, options, args, io, sink);
}
