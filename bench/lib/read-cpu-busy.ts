import { readFileSync } from 'node:fs';

/** Linux reports /proc/stat in USER_HZ ticks, 100 per second on every mainstream kernel. */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds spent busy by the whole machine so far (user, nice, system, irq, softirq, steal),
 * or null where /proc/stat does not exist. Comparing it before and after a bench child, minus the
 * child's own CPU time, tells how much other processes ran meanwhile.
 */
export function readCpuBusy(): number | null {
  let line: string;
  try {
    line = readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
  } catch {
    return null;
  }
  const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = line.trim().split(/\s+/).slice(1).map(Number);
  return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
}
