import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A fresh directory under the temporary directory (`prefix` and random characters, mode 0700 as
 * mkdtemp makes it), with `files` (name → content) written into it, for the tests of the block that
 * calls it: a test file's top level or a describe body, where hooks are declared (never inside a
 * test). It is made in a `beforeAll` and removed in an `afterAll` of that block.
 */
export function createTempDir(prefix: string, files: Readonly<Record<string, string | Uint8Array>> = {}): string {
  const dir = join(tmpdir(), `${prefix}${randomBytes(6).toString('hex')}`);
  // Both in hooks: removed after the block's tests, and never made for a block jest skips (it runs neither).
  beforeAll(() => {
    mkdirSync(dir, { mode: 0o700 });
    for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}
