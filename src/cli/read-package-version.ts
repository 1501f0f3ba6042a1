import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The version in alam's package.json (two levels up from both src/cli and dist/cli). */
export function readPackageVersion(): string {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version?: unknown };
  if (typeof manifest.version !== 'string') throw new Error('package.json has no version');
  return manifest.version;
}
