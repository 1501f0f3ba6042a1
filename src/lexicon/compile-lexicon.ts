import { createHash } from 'node:crypto';
import { compileFoldTable } from '../normalize/compile-fold-table';
import {
  ENTRY_CONTEXT,
  ENTRY_CUE_TIER,
  NAME_CLASSES,
  NAME_CLASS_FLAGS,
  WORD_COMMON,
  WORD_NOUN_HOMOGRAPH,
  WORD_STOPWORD,
  TYPE_CODES,
  type CueClass,
  type EntryType,
  type LexiconArtifact,
  type NameClass,
  type SourceEntry,
} from './lexicon-types';
import { createLexiconIndex, INDEX_ENTRY_TYPES } from './create-lexicon-index';
import { LexiconError } from './lexicon-error';
import { orderEntries, rankEntry } from './order-entries';
import { PhraseTrie } from './phrase-trie';
import { readLexiconTsv } from './read-lexicon-tsv';
import { createFormSplitter } from './split-form';
import { createStringColumn } from './string-column';
import { WordTable } from './word-table';

/**
 * Bump when the compile policy changes (what a lexicon source compiles to). It is part of the
 * sourceHash, which data/model.bin's header pins, so a bump makes the model stale. The layout of the
 * file has its own version (artifact-file.ts), and the staleness test compares the compiled bytes.
 */
export const COMPILER_VERSION = 7;

export interface LexiconSourceFile {
  /** Path relative to the repository, e.g. `lexicons/generated/countries.tsv`. */
  readonly path: string;
  readonly text: string;
}

/**
 * The `sourceHash` a compiled lexicon carries: the compiler version and every source file, by path.
 * The model's header names its lexicons by it, so its freshness test can recompute a jackknife
 * fold's without compiling it.
 */
export function hashLexiconSources(files: readonly LexiconSourceFile[]): string {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const hash = createHash('sha256');
  hash.update(`alam-lexicon compiler ${COMPILER_VERSION}\n`);
  for (const file of sorted) hash.update(`${file.path}\n${file.text}\n`);
  return hash.digest('hex');
}

/**
 * Compiles the human-editable lexicon files into the runtime artifact: every name and variant
 * folded by the runtime `normalize()` and tokenized by the runtime tokenizer, entries grouped by
 * form and ordered by one explicit policy, name tokens and common words turned into word flags.
 * With `cues` (the rules' cue classes, ruleCueClasses), the default extractor's index over the
 * lexicon is compiled in too. Deterministic: the same files and cues give the same artifact, byte
 * for byte.
 */
export function compileLexicon(files: readonly LexiconSourceFile[], cues: readonly CueClass[] = []): LexiconArtifact {
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const entries: SourceEntry[] = [];
  const collisionRows: { name: string; type: EntryType; file: string; line: number }[] = [];
  const commonRows: { word: string; stopword: boolean }[] = [];
  const homographs: string[] = [];
  for (const file of sorted) {
    const parsed = readLexiconTsv(file.text, file.path);
    if (parsed.kind === 'entries') entries.push(...parsed.entries);
    else if (parsed.kind === 'collisions') for (const row of parsed.collisions) collisionRows.push({ ...row, file: file.path });
    else if (parsed.kind === 'side-table') continue;
    else if (parsed.kind === 'homographs') homographs.push(...parsed.words);
    else for (const row of parsed.words) commonRows.push({ word: row.word, stopword: /stopword/i.test(row.source) });
  }

  const seen = new Map<string, SourceEntry>();
  for (const entry of entries) {
    const earlier = seen.get(entry.id);
    if (earlier) {
      throw new LexiconError(`duplicate id (first defined in ${earlier.file}:${earlier.line})`, { file: entry.file, line: entry.line, entry: entry.id });
    }
    seen.set(entry.id, entry);
  }
  entries.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));

  const split = createFormSplitter(compileFoldTable());
  const words = new Map<string, number>();
  const wordFlags: number[] = [];
  const intern = (word: string): number => {
    let id = words.get(word);
    if (id === undefined) {
      id = words.size;
      words.set(word, id);
      wordFlags.push(0);
    }
    return id;
  };

  const collisions = new Map<string, { type: EntryType; where: string }>();
  for (const row of collisionRows) {
    const key = split(row.name).join(' ');
    const earlier = collisions.get(key);
    if (earlier && earlier.type !== row.type) {
      throw new LexiconError(`collision "${row.name}" resolved twice: ${earlier.type} (${earlier.where}) and ${row.type}`, { file: row.file, line: row.line });
    }
    collisions.set(key, { type: row.type, where: `${row.file}:${row.line}` });
  }

  const ids: string[] = [];
  const types: EntryType[] = [];
  const subtypes: string[] = [];
  const countries: string[] = [];
  const flags: number[] = [];
  const ranks: number[] = [];
  const rawForms: string[][] = [];
  const forms = new Map<string, { words: number[]; entries: number[] }>();
  const counts: Record<string, number> = {};

  for (const entry of entries) {
    const index = ids.length;
    ids.push(entry.id);
    types.push(entry.type);
    subtypes.push(entry.subtype);
    countries.push(entry.attrs['iso'] ?? entry.attrs['country'] ?? '');
    flags.push((entry.attrs['context'] === 'required' ? ENTRY_CONTEXT : 0) | (entry.attrs['tier'] === 'cue' ? ENTRY_CUE_TIER : 0));
    ranks.push(rankEntry(entry.type, entry.attrs));
    const raw = unique([entry.name, ...entry.variants]);
    rawForms.push(raw);
    counts[entry.type] = (counts[entry.type] ?? 0) + 1;
    const typeSubtype = `${entry.type}:${entry.subtype || '-'}`;
    counts[typeSubtype] = (counts[typeSubtype] ?? 0) + 1;

    if (entry.type === 'NAME' && !(NAME_CLASSES as readonly string[]).includes(entry.subtype)) {
      throw new LexiconError(`NAME subtype "${entry.subtype}" is not one of ${NAME_CLASSES.join(', ')}`, { file: entry.file, line: entry.line, entry: entry.id });
    }
    for (const form of raw) {
      const tokens = split(form);
      if (tokens.length === 0) {
        throw new LexiconError(`form "${form}" is empty after normalization`, { file: entry.file, line: entry.line, entry: entry.id });
      }
      const key = tokens.join(' ');
      let record = forms.get(key);
      if (!record) {
        record = { words: tokens.map(intern), entries: [] };
        forms.set(key, record);
      }
      if (!record.entries.includes(index)) record.entries.push(index);
      if (entry.type === 'NAME' && tokens.length === 1) {
        const word = record.words[0];
        wordFlags[word] = wordFlags[word] | NAME_CLASS_FLAGS[entry.subtype as NameClass];
      }
    }
  }

  const commonWords: string[] = [];
  const stopwords: string[] = [];
  for (const row of commonRows) {
    const tokens = split(row.word);
    if (tokens.length !== 1) continue;
    const word = intern(tokens[0]);
    wordFlags[word] = wordFlags[word] | WORD_COMMON | (row.stopword ? WORD_STOPWORD : 0);
    (row.stopword ? stopwords : commonWords).push(row.word);
  }

  for (const raw of homographs) {
    const tokens = split(raw);
    if (tokens.length !== 1) continue;
    const word = intern(tokens[0]);
    wordFlags[word] = wordFlags[word] | WORD_NOUN_HOMOGRAPH;
  }

  const table = new WordTable(words.size);
  for (const [word, id] of words) {
    table.add(word);
    table.flags[id] = wordFlags[id];
  }
  const trie = new PhraseTrie(forms.size);
  const formEntryStart: number[] = [];
  const formEntries: number[] = [];
  for (const [key, record] of forms) {
    // Two statements: `trie.nodeForm[trie.insert(…)] = …` reads the array before insert() grows
    // and replaces it, and the form is written into the discarded copy («عين الملح» was lost so).
    const node = trie.insert(record.words);
    trie.nodeForm[node] = formEntryStart.length;
    formEntryStart.push(formEntries.length);
    formEntries.push(...orderEntries(record.entries, collisions.get(key)?.type, types, ranks, ids, () => false));
  }
  formEntryStart.push(formEntries.length);
  counts['forms'] = forms.size;
  counts['words'] = words.size;

  const formCount = forms.size;
  const lexicon: LexiconArtifact = {
    format: 'alam-lexicon@6',
    sourceHash: hashLexiconSources(sorted),
    counts: sortKeys(counts),
    collisions: [...collisionRows].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)).map((row) => [row.name, row.type] as const),
    entryIds: createStringColumn(ids),
    entryTypes: types.map((type) => TYPE_CODES[type]).join(''),
    entrySubtypes: createStringColumn(subtypes),
    entryCountries: createStringColumn(countries),
    entryFlags: Int32Array.from(flags),
    entryRanks: Int32Array.from(ranks, (rank) => Math.round(rank * 1000)),
    entryForms: createStringColumn(rawForms.map((list) => list.join('\t'))),
    cues: [],
    words: table.toParts(),
    trie: trie.toParts(),
    formStart: Int32Array.from(formEntryStart.slice(0, formCount)),
    formSize: Int32Array.from({ length: formCount }, (_, form) => formEntryStart[form + 1] - formEntryStart[form]),
    entryList: Int32Array.from(formEntries),
    formCues: new Int32Array(formCount),
    entryTypeCode: Uint8Array.from(types, (type) => INDEX_ENTRY_TYPES.indexOf(type)),
    commonWords: createStringColumn(unique(commonWords).sort()),
    stopwords: createStringColumn(unique(stopwords).sort()),
    homographs: createStringColumn(unique(homographs).sort()),
  };
  return cues.length === 0 ? lexicon : withCues(lexicon, cues);
}

/**
 * The lexicon with the cue classes compiled in: the index the default extractor builds over it (the
 * same code, createLexiconIndex), stored, so that loading it is array views and no rebuild.
 */
function withCues(lexicon: LexiconArtifact, cues: readonly CueClass[]): LexiconArtifact {
  const index = createLexiconIndex(compileFoldTable(), { artifact: lexicon, cues });
  return {
    ...lexicon,
    cues: cues.map((cue) => ({ name: cue.name, bit: cue.bit, phrases: [...cue.phrases] })),
    words: index.words.toParts(),
    trie: index.trie.toParts(),
    formStart: index.formStart,
    formSize: index.formSize,
    entryList: index.entryList,
    formCues: index.formCues,
    entryTypeCode: index.entryTypeCode,
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

function sortKeys(record: Record<string, number>): Record<string, number> {
  const sorted: Record<string, number> = {};
  for (const key of Object.keys(record).sort()) sorted[key] = record[key];
  return sorted;
}
