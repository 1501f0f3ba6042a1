import type { CliIo } from './cli-io';
import type { Reporter } from './create-reporter';
import { describeFileError } from './describe-file-error';
import { describeUtf8Damage } from './describe-utf8-damage';
import { displayName } from './display-name';
import { readInput, type InputText } from './read-input';
import { UsageError } from './usage-error';

/**
 * The one input of `normalize` / `tokenize` (`-` or nothing is stdin). Returns undefined after
 * reporting a file that cannot be read; warns about invalid UTF-8.
 */
export async function readSingleInput(positionals: readonly string[], command: string, io: CliIo, reporter: Reporter): Promise<InputText | undefined> {
  if (positionals.length > 1) throw new UsageError(`${command} reads one input (a FILE or - for stdin), got ${positionals.length}`);
  const name = positionals[0] ?? '-';
  try {
    const input = await readInput(name, io);
    if (input.damage.count > 0) reporter.warn(describeUtf8Damage(name, input.damage.count, input.damage.firstOffset));
    return input;
  } catch (error) {
    reporter.error(`${displayName(name)}: ${describeFileError(error)}`);
    return undefined;
  }
}
