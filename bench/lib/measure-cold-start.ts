import { median } from './median';
import { spawnNode } from './spawn-node';

export interface ColdStart {
  readonly runs: number;
  readonly msAll: readonly number[];
  readonly ms: number;
  readonly sample: string;
}

/**
 * Spawns `args` `runs` times and takes the median time from spawn to the first byte the
 * child prints (its first result). A failing child is an error with its stderr.
 */
export async function measureColdStart(args: readonly string[], { cwd, runs }: { readonly cwd: string; readonly runs: number }): Promise<ColdStart> {
  const times: number[] = [];
  let sample = '';
  for (let r = 0; r < runs; r += 1) {
    const run = await spawnNode(args, { cwd });
    if (run.code !== 0 || run.firstOutputMs === null) {
      throw new Error(`cold start of node ${args.join(' ').slice(0, 120)} failed (${run.code}): ${run.stderr.trim().slice(-1500)}`);
    }
    times.push(run.firstOutputMs);
    sample = run.stdout.slice(0, 200).trim();
  }
  return { runs, msAll: times, ms: median(times), sample };
}
