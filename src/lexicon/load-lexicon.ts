import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR } from '../package-paths';
import type { LexiconArtifact } from './lexicon-types';
import { decodeArtifact } from './artifact-file';
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

/** Reads and checks a compiled artifact file. */
export function loadLexiconArtifact(file: string): LexiconArtifact {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new LexiconError(`cannot read the compiled lexicon: ${(error as Error).message}`, { file });
  }
  return decodeArtifact(bytes, file);
}
