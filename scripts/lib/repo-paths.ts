import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * The repository root: the nearest folder above `from` whose package.json is alam's. A script runs
 * from `scripts/…` under jest and from `build/scripts/…` once compiled, so a path counted in `..`
 * from `__dirname` would differ between the two.
 */
export function findRepoRoot(from: string = __dirname): string {
  for (let dir = resolve(from); ; dir = dirname(dir)) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown }).name === 'alam') return dir;
    if (dirname(dir) === dir) throw new Error(`no alam package.json above ${from}`);
  }
}

/**
 * The read-only shared data folder (seed article, corpora, sources): `$ALAM_SHARED`, else `shared`
 * beside the repository (`../shared` from its root; a CI clone gets a copy laid beside it).
 */
export function resolveSharedDir(env: NodeJS.ProcessEnv = process.env): string {
  return env['ALAM_SHARED'] ? resolve(env['ALAM_SHARED']) : resolve(findRepoRoot(), '..', 'shared');
}

/** The shared folder, or an error naming it when `part` (`corpora`, `sources`) is missing from it. */
export function requireSharedDir(part: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = resolveSharedDir(env);
  if (!existsSync(join(dir, part))) throw new Error(`shared data folder not found: ${dir} has no ${part}/ (set ALAM_SHARED to the shared/ folder)`);
  return dir;
}
