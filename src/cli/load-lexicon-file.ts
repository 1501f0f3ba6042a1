import { readFile } from 'node:fs/promises';
import { LexiconError } from '../lexicon/lexicon-error';
import { parseEntries } from '../lexicon/read-entries-file';
import type { LexiconEntryInput } from '../types';
import { describeFileError } from './describe-file-error';
import { UsageError } from './usage-error';

/**
 * Reads custom lexicon entries for `--lexicon FILE` (a JSON array of `{type, name, variants?, id?, subtype?}`,
 * or one such object per line) with the library's `parseEntries`, which names the file, line and entry
 * of any problem; every problem is a usage error (exit 2) because nothing should run on a half-read lexicon.
 */
export async function loadLexiconFile(path: string): Promise<LexiconEntryInput[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--lexicon ${path}: ${describeFileError(error)}`);
  }
  try {
    return parseEntries(text, path);
  } catch (error) {
    if (error instanceof LexiconError) throw new UsageError(error.message);
    throw error;
  }
}
