import { execFileSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import type { BenchPaths } from './resolve-bench-paths';

/**
 * Which alam was measured: the commit of the repository holding the benched dist/ (a snapshot
 * made with `git archive` keeps none, so ALAM_BENCH_COMMIT names it), and the dist path when
 * it is not the checkout's own.
 */
export function describeAlamBuild(paths: Pick<BenchPaths, 'dist' | 'root'>, env: NodeJS.ProcessEnv = process.env): string {
  let commit = env['ALAM_BENCH_COMMIT'] ?? '';
  if (!commit) {
    try {
      commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: dirname(paths.dist), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      commit = 'unknown commit';
    }
  }
  const own = resolve(paths.dist) === join(paths.root, 'dist');
  return own ? `${commit} (dist/)` : `${commit} (${paths.dist})`;
}
