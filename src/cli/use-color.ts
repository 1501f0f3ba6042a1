import type { CliIo } from './cli-io';
import type { ParsedArgs } from './parse-args';

/** --color / --no-color win; otherwise colour only on a terminal and only if NO_COLOR is unset or empty (no-color.org). */
export function useColor(args: ParsedArgs, io: CliIo): boolean {
  if (args.flag('no-color')) return false;
  if (args.flag('color')) return true;
  const noColor = io.env['NO_COLOR'];
  return io.stdout.isTTY === true && (noColor === undefined || noColor === '');
}
