import { readFile } from 'node:fs/promises';
import { extract } from '../default-extractor';
import { runEvalCommand } from '../eval/run-eval-command';
import type { CliIo } from './cli-io';

/** `alam eval FILE.conll …`: scoring lives in the eval module; the CLI only connects it to the process. */
export function runEvalCli(argv: readonly string[], io: CliIo): Promise<number> {
  return runEvalCommand(argv, {
    stdout: (text) => {
      io.stdout.write(text);
    },
    stderr: (text) => {
      io.stderr.write(text);
    },
    readFile: (path) => readFile(path, 'utf8'),
    extract: (text) => extract(text),
  });
}
