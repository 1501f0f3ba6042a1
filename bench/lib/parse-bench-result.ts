import type { NodeRun } from './spawn-node';

/** Extracts the `BENCH_RESULT <json>` line a bench child prints; errors name the child and its stderr. */
export function parseBenchResult<T>(run: NodeRun, what: string): T {
  if (run.code !== 0) {
    throw new Error(`${what} exited with ${run.code === null ? run.signal : run.code}: ${run.stderr.trim().slice(-2000)}`);
  }
  const line = run.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
  if (!line) throw new Error(`${what} printed no BENCH_RESULT line; stdout: ${run.stdout.slice(0, 500)}`);
  return JSON.parse(line.slice('BENCH_RESULT '.length)) as T;
}
