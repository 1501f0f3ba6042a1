import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

/**
 * The environment without what `npm test` sets for its scripts (npm_config_*, npm_package_*, …),
 * which would steer an npm started by a test to this repository instead of the test's own project.
 */
export const CLEAN_ENV: NodeJS.ProcessEnv = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.toLowerCase().startsWith('npm_')));

/** `npm pack` of this repository (as built) into `destination`: the tarball's path and the files it holds. */
export function packPackage(destination: string): { tarball: string; files: string[] } {
  const listing = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], { cwd: ROOT, encoding: 'utf8', env: { ...CLEAN_ENV, npm_config_loglevel: 'silent' } });
  const [packed] = JSON.parse(listing) as { filename: string; files: { path: string }[] }[];
  if (packed === undefined) throw new Error(`npm pack gave no package: ${listing}`);
  return { tarball: join(destination, packed.filename), files: packed.files.map((f) => f.path) };
}

/** Runs npm in `cwd` as a user would, taking packages from npm's cache (filled by `npm ci`) where it can. */
export function runNpm(args: readonly string[], cwd: string): string {
  return execFileSync('npm', [...args, '--prefer-offline', '--no-audit', '--no-fund', '--loglevel=error'], { cwd, env: CLEAN_ENV, encoding: 'utf8' });
}
