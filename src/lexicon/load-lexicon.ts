import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../package-paths';
import type { LexiconArtifact } from './lexicon-types';
import { readArtifact } from './artifact-file';
import { LexiconError } from './lexicon-error';

/** Where the compiled artifact lives. */
export const LEXICON_ARTIFACT_PATH = join(DATA_DIR, 'lexicon.bin');

let bundled: LexiconArtifact | undefined;

/**
 * Reads the bundled lexicon artifact on first use and keeps it (it is immutable): importing
 * alam costs nothing, and every extractor shares one decoded copy.
 */
export function loadBundledLexicon(): LexiconArtifact {
  if (!bundled) bundled = loadLexiconArtifact(LEXICON_ARTIFACT_PATH);
  return bundled;
}

/**
 * Reads and checks a compiled artifact file: its header and the sections matching reads now, the
 * others when first used (artifact-file.ts). A later read fails if the file was rewritten since.
 */
export function loadLexiconArtifact(file: string): LexiconArtifact {
  let loaded: { size: number; mtimeMs: number } | undefined;
  const read = (position: number, length: number): Buffer => {
    let fd: number;
    try {
      fd = openSync(file, 'r');
    } catch (error) {
      throw new LexiconError(`cannot read the compiled lexicon: ${(error as Error).message}`, { file });
    }
    try {
      const { size, mtimeMs } = fstatSync(fd);
      if (!loaded) loaded = { size, mtimeMs };
      else if (size !== loaded.size || mtimeMs !== loaded.mtimeMs) throw new LexiconError('the compiled lexicon changed on disk since it was loaded (restart the process)', { file });
      if (position + length > size) throw new LexiconError(`truncated: ${length} bytes at ${position} past its end (${size})`, { file });
      // Its own ArrayBuffer, from offset 0: the sections in it are aligned for their views.
      const bytes = Buffer.from(new ArrayBuffer(length));
      let done = 0;
      while (done < length) {
        const n = readSync(fd, bytes, done, length - done, position + done);
        if (n === 0) throw new LexiconError(`truncated: ${length} bytes at ${position}`, { file });
        done += n;
      }
      return bytes;
    } finally {
      closeSync(fd);
    }
  };
  return readArtifact({ name: file, read });
}
