import { normalize } from '../normalize/normalize';
import type { OutputSink } from '../stream/create-output-sink';
import type { CliIo } from './cli-io';
import { createReporter } from './create-reporter';
import { displayName } from './display-name';
import { EXIT_OK, EXIT_PARTIAL_FAILURE } from './exit-codes';
import { NORMALIZE_HELP } from './help-texts';
import { readNormalizeOptions } from './normalize-switches';
import { parseArgs } from './parse-args';
import { readSingleInput } from './read-single-input';
import { NORMALIZE_COMMAND_SPECS } from './text-command-specs';

/** `alam normalize [FILE|-]`: the folded text, or with --map the text and its offset map as JSON. */
export async function runNormalizeCommand(argv: readonly string[], io: CliIo, sink: OutputSink): Promise<number> {
  const args = parseArgs(argv, NORMALIZE_COMMAND_SPECS, 'alam normalize');
  if (args.flag('help')) {
    await sink.write(NORMALIZE_HELP);
    return EXIT_OK;
  }
  const options = readNormalizeOptions(args);
  const input = await readSingleInput(args.positionals, 'alam normalize', io, createReporter(io, false));
  if (input === undefined) return EXIT_PARTIAL_FAILURE;
  const result = normalize(input.text, options);
  if (args.flag('map')) {
    await sink.write(
      JSON.stringify({ file: displayName(input.name), text: result.text, starts: Array.from(result.starts), ends: Array.from(result.ends) }) + '\n',
    );
  } else {
    await sink.write(result.text);
  }
  return EXIT_OK;
}
