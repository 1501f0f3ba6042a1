import { formatOptionHelp } from '#alam/cli/format-option-help';
import { parseArgs, type OptionSpec, type ParsedArgs } from '#alam/cli/parse-args';
import { UsageError } from '#alam/cli/usage-error';

export { UsageError, type OptionSpec, type ParsedArgs };

/**
 * A script's command line: the CLI's own parser (`--name value`, `--name=value`, flags, repeated
 * values, «did you mean») over the script's option list, with `-h, --help` added and typed readers.
 */
export interface ScriptCommand {
  /** The name errors are reported under: the npm script (`eval`, `build:lexicons`). */
  readonly name: string;
  /** How the script is run, e.g. `npm run eval -- [options]`. */
  readonly usage: string;
  /** What it does, a few lines. */
  readonly about: string;
  readonly options: readonly OptionSpec[];
}

const HELP: OptionSpec = { name: 'help', short: 'h', kind: 'flag', description: 'show this help' };

export function formatUsage(command: ScriptCommand): string {
  return `usage: ${command.usage}\n\n${command.about.trim()}\n\noptions:\n${formatOptionHelp([...command.options, HELP])}\n`;
}

/** Parses `argv`; a bad option is a UsageError naming it (runScript prints it with the usage, exit code 2). */
export function parseScriptArgs(argv: readonly string[], command: ScriptCommand): ParsedArgs {
  return parseArgs(argv, [...command.options, HELP], command.name);
}

/** An integer option ≥ `min`, or `fallback` when absent; anything else is a UsageError naming the option. */
export function readInteger(args: ParsedArgs, name: string, fallback: number, min = 0): number {
  const text = args.value(name);
  if (text === undefined) return fallback;
  if (!/^\d+$/.test(text) || Number(text) < min) throw new UsageError(`--${name} needs an integer ≥ ${min}, got «${text}»`);
  return Number(text);
}

/** A number option ≥ `min` (decimals allowed), or `fallback` when absent. */
export function readNumber(args: ParsedArgs, name: string, fallback: number, min = 0): number {
  const text = args.value(name);
  if (text === undefined) return fallback;
  const value = Number(text);
  if (text.trim() === '' || !Number.isFinite(value) || value < min) throw new UsageError(`--${name} needs a number ≥ ${min}, got «${text}»`);
  return value;
}

/** A value option that must be one of `choices`, or `fallback` when absent. */
export function readChoice<T extends string>(args: ParsedArgs, name: string, choices: readonly T[], fallback: T): T {
  const text = args.value(name);
  if (text === undefined) return fallback;
  if (!(choices as readonly string[]).includes(text)) throw new UsageError(`--${name} needs ${choices.join(', ')}, got «${text}»`);
  return text as T;
}

/**
 * Runs a script's main: `--help` prints the usage (exit 0); a UsageError prints the message and the
 * usage on stderr (exit 2); any other error its message, or its stack with ALAM_DEBUG set (exit 1).
 * The exit code `main` returns is kept.
 */
export function runScript(command: ScriptCommand, main: (args: ParsedArgs) => number | void | Promise<number | void>): void {
  const fail = (error: unknown): void => {
    if (error instanceof UsageError) {
      process.stderr.write(`${command.name}: ${error.message}\n\n${formatUsage(command)}`);
      process.exitCode = 2;
      return;
    }
    const detail = error instanceof Error ? (process.env['ALAM_DEBUG'] ? error.stack ?? error.message : error.message) : String(error);
    process.stderr.write(`${command.name}: ${detail}\n`);
    process.exitCode = 1;
  };
  try {
    const args = parseScriptArgs(process.argv.slice(2), command);
    if (args.flag('help')) {
      process.stdout.write(formatUsage(command));
      return;
    }
    Promise.resolve(main(args)).then((code) => {
      if (typeof code === 'number') process.exitCode = code;
    }, fail);
  } catch (error) {
    fail(error);
  }
}
