import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolveSharedDir } from '../../scripts/lib/repo-paths';

/**
 * The read-only shared data (the seed article's gold spans, the corpora): `$ALAM_SHARED`, else
 * `../shared` beside the repository. A clone of the public repository has none of it, and its
 * `npm test` passes: the suites that read it are skipped, with the reason in their name — unless
 * ALAM_REQUIRE_SHARED=1 (set by .ci/run), where a missing file fails them instead, so CI never
 * passes by skipping the accuracy floors.
 */
export const SHARED_DIR = resolveSharedDir();

/** `describe` when every file (relative to the shared folder) exists; otherwise a skipped suite that says which is missing. */
export function describeWithShared(name: string, files: readonly string[], body: () => void): void {
  const missing = files.map((file) => join(SHARED_DIR, file)).find((path) => !existsSync(path));
  if (missing === undefined) {
    describe(name, body);
    return;
  }
  const reason = `${missing} not found (the shared data folder: set ALAM_SHARED to it)`;
  if (process.env['ALAM_REQUIRE_SHARED'] === '1') {
    describe(name, () => {
      test('has its shared data', () => {
        throw new Error(`${reason}; ALAM_REQUIRE_SHARED=1 makes this a failure`);
      });
    });
    return;
  }
  // Jest names no skipped test in its summary: the reason is printed, once per suite.
  process.stderr.write(`alam tests: skipping «${name}»: ${reason}\n`);
  // The body is not run at all: it reads the missing files as it registers its tests.
  describe(name, () => {
    test.skip(`skipped: ${reason}`, () => undefined);
  });
}
