import { readFileSync } from 'node:fs';

/** The peak RSS of a running child, read from its VmHWM every `everyMs` until `stop()`. */
export interface PeakRssSampler {
  /** Reads once more and stops; the highest VmHWM seen, in kB. */
  stop(): number;
}

/** Samples `/proc/PID/status` (Linux): VmHWM is the process's own high-water mark, so sampling only has to outlive it. */
export function samplePeakRss(pid: number | undefined, everyMs = 50): PeakRssSampler {
  let peakKb = 0;
  const sample = (): void => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      if (m) peakKb = Math.max(peakKb, Number(m[1]));
    } catch {
      // exited
    }
  };
  const timer = setInterval(sample, everyMs);
  return {
    stop(): number {
      sample();
      clearInterval(timer);
      return peakKb;
    },
  };
}
