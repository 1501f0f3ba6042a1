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

/** Closes the file of an artifact that is no longer used (one that is loaded keeps it open). */
const closeWhenCollected = new FinalizationRegistry<number>((fd) => closeSync(fd));

/**
 * Reads and checks a compiled artifact file: its header and the sections matching reads now, the
 * others when first used (artifact-file.ts), through the file opened at load. So a file replaced
 * later (a reinstall) does not reach an artifact already loaded, which reads the one it opened; a
 * file rewritten in place fails the next read, which names it.
 */
export function loadLexiconArtifact(file: string): LexiconArtifact {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new LexiconError(`cannot read the compiled lexicon: ${(error as Error).message}`, { file });
  }
  const opened = fstatSync(fd);
  const read = (position: number, length: number): Buffer => {
    const { size, mtimeMs } = fstatSync(fd);
    if (size !== opened.size || mtimeMs !== opened.mtimeMs) throw new LexiconError('the compiled lexicon was rewritten since it was loaded (restart the process)', { file });
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
  };
  let artifact: LexiconArtifact;
  try {
    artifact = readArtifact({ name: file, read });
  } catch (error) {
    closeSync(fd);
    throw error;
  }
  closeWhenCollected.register(artifact, fd);
  return artifact;
}
