import type { CliOutput } from './cli-io';

export interface ProgressBar {
  /**
   * Redraws (at most ten times a second): `fraction` in [0, 1] when the total is known, and a short
   * status — or a function giving it, called only when the bar is drawn (a JSONL run updates once per
   * batch, and formatting «12,345 records» each time cost more than the rest of the main thread's work).
   */
  update(fraction: number | undefined, status: string | (() => string)): void;
  /** Erases the bar so a message can be written on a clean line; the next update draws it again. */
  clear(): void;
}

const REDRAW_MS = 100;
const CLEAR_LINE = '\r\u001b[K';

/**
 * A one-line progress bar on stderr, drawn only when stderr is a terminal (`enabled` false, or stderr
 * not a TTY, gives a bar that does nothing): progress must never reach a pipe or a log file.
 */
export function createProgressBar(stream: CliOutput, enabled: boolean): ProgressBar {
  if (!enabled || stream.isTTY !== true) return { update: () => undefined, clear: () => undefined };
  let shown = false;
  let last = 0;
  return {
    update(fraction: number | undefined, status: string | (() => string)): void {
      const now = Date.now();
      if (now - last < REDRAW_MS) return;
      last = now;
      // A pseudo-terminal without a size reports 0 columns.
      const columns = stream.columns !== undefined && stream.columns > 0 ? stream.columns : 80;
      const width = Math.max(20, columns - 1);
      stream.write(CLEAR_LINE + renderBar(fraction, typeof status === 'function' ? status() : status, width));
      shown = true;
    },
    clear(): void {
      if (!shown) return;
      stream.write(CLEAR_LINE);
      shown = false;
      last = 0;
    },
  };
}

/** `[##########··········]  50%  12,345 records` cut to `width` columns. */
export function renderBar(fraction: number | undefined, status: string, width: number): string {
  if (fraction === undefined) return status.slice(0, width);
  const clamped = Math.min(1, Math.max(0, fraction));
  const percent = `${Math.floor(clamped * 100)}%`.padStart(4);
  const barWidth = Math.max(10, Math.min(30, width - status.length - 10));
  const filled = Math.round(clamped * barWidth);
  return `[${'#'.repeat(filled)}${'·'.repeat(barWidth - filled)}] ${percent}  ${status}`.slice(0, width);
}
