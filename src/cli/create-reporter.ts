import type { CliIo } from './cli-io';
import { createProgressBar, type ProgressBar } from './create-progress-bar';

/** stderr for one command: errors and warnings prefixed `alam:`, and the progress bar kept out of their way. */
export interface Reporter {
  error(message: string): void;
  warn(message: string): void;
  readonly progress: ProgressBar;
}

export function createReporter(io: CliIo, progressEnabled: boolean): Reporter {
  const progress = createProgressBar(io.stderr, progressEnabled);
  return {
    progress,
    error(message: string): void {
      progress.clear();
      io.stderr.write(`alam: ${message}\n`);
    },
    warn(message: string): void {
      progress.clear();
      io.stderr.write(`alam: warning: ${message}\n`);
    },
  };
}
