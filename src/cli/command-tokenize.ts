import type { OutputSink } from '../stream/create-output-sink';
import { tokenize } from '../tokenize/tokenize';
import type { Token } from '../types';
import type { CliIo } from './cli-io';
import { createReporter } from './create-reporter';
import { EXIT_OK, EXIT_PARTIAL_FAILURE } from './exit-codes';
import { TOKENIZE_HELP } from './help-texts';
import { readNormalizeOptions } from './normalize-switches';
import { parseArgs } from './parse-args';
import { readSingleInput } from './read-single-input';
import { TOKENIZE_COMMAND_SPECS } from './text-command-specs';

/** `alam tokenize [FILE|-]`: one token per line, tab-separated: kind, start, end, text, normalized, splits. */
export async function runTokenizeCommand(argv: readonly string[], io: CliIo, sink: OutputSink): Promise<number> {
  const args = parseArgs(argv, TOKENIZE_COMMAND_SPECS, 'alam tokenize');
  if (args.flag('help')) {
    await sink.write(TOKENIZE_HELP);
    return EXIT_OK;
  }
  const normalize = readNormalizeOptions(args);
  const input = await readSingleInput(args.positionals, 'alam tokenize', io, createReporter(io, false));
  if (input === undefined) return EXIT_PARTIAL_FAILURE;
  const tokens = tokenize(input.text, normalize === undefined ? {} : { normalize });
  if (!args.flag('no-header')) await sink.write('kind\tstart\tend\ttext\tnormalized\tsplits\n');
  const rows: string[] = [];
  for (const token of tokens) {
    rows.push(formatTokenRow(token));
    if (rows.length === 1024) {
      await sink.write(rows.join(''));
      rows.length = 0;
      if (sink.closed) return EXIT_OK;
    }
  }
  await sink.write(rows.join(''));
  return EXIT_OK;
}

/** Tokens never contain tabs or newlines (whitespace separates them), so the cells need no escaping. */
function formatTokenRow(token: Token): string {
  const splits = (token.splits ?? []).map((s) => `${s.prefix}+${s.stem}@${s.start}`).join('|');
  return `${token.kind}\t${token.start}\t${token.end}\t${token.text}\t${token.normalized}\t${splits}\n`;
}
