import { createOutputSink, type OutputSink } from '../stream/create-output-sink';
import { OutputError } from '../stream/output-error';
import type { CliIo } from './cli-io';
import { runEvalCli } from './command-eval';
import { runExtractCommand } from './command-extract';
import { runNormalizeCommand } from './command-normalize';
import { runTokenizeCommand } from './command-tokenize';
import { EXIT_INTERNAL, EXIT_OK, EXIT_OUTPUT, EXIT_USAGE } from './exit-codes';
import { EXTRACT_HELP, MAIN_HELP, NORMALIZE_HELP, TOKENIZE_HELP } from './help-texts';
import { readPackageVersion } from './read-package-version';
import { UsageError } from './usage-error';

/** A command writes its results through `out` (stdout, wrapped once for the whole run). */
export type Command = (argv: readonly string[], io: CliIo, out: OutputSink) => Promise<number>;

const COMMANDS: Readonly<Record<string, Command>> = {
  extract: runExtractCommand,
  normalize: runNormalizeCommand,
  tokenize: runTokenizeCommand,
  eval: runEvalCli,
};

const HELP: Readonly<Record<string, string>> = { extract: EXTRACT_HELP, normalize: NORMALIZE_HELP, tokenize: TOKENIZE_HELP };

/**
 * Runs `alam <command> …` and returns the exit code (see EXIT_CODES_HELP). Usage errors print the
 * problem and a pointer to --help on stderr (code 2); output that cannot be written is code 4, named
 * as such («cannot write output: no space left on device»); anything unexpected is an internal error
 * (code 3).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const [command, ...rest] = argv;
  // The reader may leave before anything is written (`alam --help | true`, `alam eval … | head -3`):
  // the sink's error listener turns that EPIPE into a closed sink for every write of this run, where
  // without a listener it is an uncaught error with a stack trace.
  const stdout = createOutputSink(io.stdout);
  try {
    const code = await runCommand(command, rest, io, stdout);
    await stdout.flush();
    return code;
  } catch (error) {
    if (error instanceof UsageError) {
      const where = command !== undefined && Object.prototype.hasOwnProperty.call(COMMANDS, command) ? `alam ${command}` : 'alam';
      io.stderr.write(`${where}: ${error.message}\nTry '${where} --help'.\n`);
      return EXIT_USAGE;
    }
    if (error instanceof OutputError) {
      io.stderr.write(`alam: ${error.message}\n`);
      return EXIT_OUTPUT;
    }
    io.stderr.write(`alam: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    return EXIT_INTERNAL;
  }
}

async function runCommand(command: string | undefined, rest: readonly string[], io: CliIo, stdout: OutputSink): Promise<number> {
  if (command === undefined) {
    io.stderr.write(MAIN_HELP);
    return EXIT_USAGE;
  }
  if (command === '--help' || command === '-h' || command === 'help') return await showHelp(rest[0], io, stdout);
  if (command === '--version' || command === '-V') {
    await stdout.write(`${readPackageVersion()}\n`);
    return EXIT_OK;
  }
  const run = Object.prototype.hasOwnProperty.call(COMMANDS, command) ? COMMANDS[command] : undefined;
  if (run === undefined) {
    const hint = command.startsWith('-') ? '' : ` (to extract from a file: alam extract ${command})`;
    throw new UsageError(`unknown command '${command}'${hint}; commands: ${Object.keys(COMMANDS).join(', ')}`);
  }
  return await run(rest, io, stdout);
}

async function showHelp(topic: string | undefined, io: CliIo, stdout: OutputSink): Promise<number> {
  if (topic === undefined) {
    await stdout.write(MAIN_HELP);
    return EXIT_OK;
  }
  if (topic === 'eval') return runEvalCli(['--help'], io, stdout);
  const text = Object.prototype.hasOwnProperty.call(HELP, topic) ? HELP[topic] : undefined;
  if (text === undefined) throw new UsageError(`no help for '${topic}'; commands: ${Object.keys(COMMANDS).join(', ')}`);
  await stdout.write(text);
  return EXIT_OK;
}
