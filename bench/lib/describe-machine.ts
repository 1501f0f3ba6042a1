import { readFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, totalmem } from 'node:os';

export interface MachineDescription {
  readonly cpu: string;
  readonly cores: number;
  readonly memoryGB: number;
  readonly node: string;
  readonly platform: string;
  readonly loadAverage: readonly number[];
  readonly date: string;
  /** Which build was measured (describeAlamBuild), added by run.ts. */
  alam?: string;
}

/** CPU model (from /proc/cpuinfo when readable), logical cores, memory, Node version and current load. */
export function describeMachine(): MachineDescription {
  let cpu = cpus()[0]?.model ?? 'unknown';
  try {
    const info = readFileSync('/proc/cpuinfo', 'utf8');
    const field = (name: string): string => new RegExp(`^${name}\\s*:\\s*(.+)$`, 'm').exec(info)?.[1]?.trim() ?? '';
    // Virtual CPUs often report a bare «AMD EPYC»: family/model and clock tell the generation.
    const details = [field('cpu family') && `family ${field('cpu family')} model ${field('model')}`, field('cpu MHz') && `${Math.round(Number(field('cpu MHz')))} MHz`];
    if (/\bhypervisor\b/.test(field('flags'))) details.push('virtual machine');
    cpu = `${field('model name') || cpu} (${details.filter(Boolean).join(', ')})`;
  } catch {
    // Not Linux: os.cpus() already gave the model.
  }
  return {
    cpu,
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 1e8) / 10,
    node: process.version,
    platform: `${platform()} ${release()}`,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
    date: new Date().toISOString(),
  };
}
