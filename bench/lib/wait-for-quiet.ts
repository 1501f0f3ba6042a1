import { loadavg } from 'node:os';

export interface Quiet {
  readonly quiet: boolean;
  readonly load: number;
}

/**
 * Waits until the 1-minute load average is below `maxLoad` (other people run tests on the
 * same 2 cores; a busy machine halves every figure). Gives up after `timeoutMs` and says so.
 */
export async function waitForQuiet({ maxLoad = 0.5, timeoutMs = 0, log = () => {} }: { maxLoad?: number; timeoutMs?: number; log?: (message: string) => void } = {}): Promise<Quiet> {
  const t0 = Date.now();
  for (;;) {
    const load = loadavg()[0] ?? 0;
    if (load < maxLoad) return { quiet: true, load };
    if (Date.now() - t0 >= timeoutMs) return { quiet: false, load };
    log(`load average ${load.toFixed(2)} ≥ ${maxLoad}; waiting…`);
    await new Promise((r) => setTimeout(r, 15000));
  }
}
