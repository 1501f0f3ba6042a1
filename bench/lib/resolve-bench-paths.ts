import { join, resolve } from 'node:path';
import { GOLD_CORPORA } from '../../scripts/lib/gold-corpora';
import { findRepoRoot, resolveSharedDir } from '../../scripts/lib/repo-paths';

export interface BenchPaths {
  readonly root: string;
  /** The compiled bench (build/bench): what the measuring children are spawned from. */
  readonly bench: string;
  /** The bench's sources (bench/): its README. */
  readonly benchSource: string;
  readonly dist: string;
  readonly shared: string;
  readonly anercorp: string;
  readonly wikifane: string;
  readonly aqmarDev: string;
  readonly out: string;
}

/**
 * Where the bench reads and writes. The shared corpora live next to the checkout (`../shared`
 * from the repository root) unless ALAM_SHARED points elsewhere; ALAM_DIST lets a developer bench
 * another build of alam; ALAM_BENCH_OUT moves the output (default bench/out, ignored by git).
 */
export function resolveBenchPaths(env: NodeJS.ProcessEnv = process.env): BenchPaths {
  const root = findRepoRoot();
  const shared = resolveSharedDir(env);
  return {
    root,
    bench: join(root, 'build', 'bench'),
    benchSource: join(root, 'bench'),
    dist: env['ALAM_DIST'] ? resolve(env['ALAM_DIST']) : join(root, 'dist'),
    shared,
    anercorp: join(shared, GOLD_CORPORA.anercorp.file),
    wikifane: join(shared, GOLD_CORPORA.wikifane.file),
    aqmarDev: join(shared, GOLD_CORPORA.aqmar.file),
    out: env['ALAM_BENCH_OUT'] ? resolve(env['ALAM_BENCH_OUT']) : join(root, 'bench', 'out'),
  };
}
