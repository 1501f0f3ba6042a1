import { readFile } from 'node:fs/promises';
import { extract } from '../default-extractor';
import { runEvalCommand } from '../eval/run-eval-command';
import type { OutputSink } from '../stream/create-output-sink';
import type { CliIo } from './cli-io';
import { describeFileError } from './describe-file-error';

/** `alam eval FILE.conll …`: scoring lives in the eval module; the CLI only connects it to the process. */
export function runEvalCli(argv: readonly string[], io: CliIo, sink: OutputSink): Promise<number> {
  return runEvalCommand(argv, {
    stdout: (text) => {
      // A failed write is kept by the sink and thrown by the run's final flush (exit code 4).
      sink.write(text).catch(() => undefined);
    },
    stderr: (text) => {
      io.stderr.write(text);
    },
    // «alam eval: nope.conll: no such file or directory», not a raw ENOENT.
    readFile: (path) =>
      readFile(path, 'utf8').catch((error: unknown) => {
        throw new Error(describeFileError(error));
      }),
    extract: (text) => extract(text),
  });
}
