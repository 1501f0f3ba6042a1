import type { LexiconEntryInput } from '../types';
import type { CompiledFolds } from '../normalize/compile-fold-table';
import {
  ENTRY_CUSTOM,
  ENTRY_TYPES,
  NAME_CLASS_FLAGS,
  TYPE_CODES,
  WORD_COMMON,
  WORD_NOUN_HOMOGRAPH,
  WORD_STOPWORD,
  type CueClass,
  type EntryType,
  type LexiconArtifact,
  type NameClass,
} from './lexicon-types';
import { LexiconError } from './lexicon-error';
import { orderEntries } from './order-entries';
import { PhraseTrie } from './phrase-trie';
import { createFormSplitter } from './split-form';
import { columnLength, columnValue, columnValues } from './string-column';
import { WordTable } from './word-table';

/** Index entry types: lexicon entry types, plus the cue phrases that rules register (titles, head nouns …). */
export type IndexEntryType = EntryType | 'CUE';

export type { CueClass };

/** Everything the matcher and the rules look up, built once per extractor configuration. */
export interface LexiconIndex {
  readonly folds: CompiledFolds;
  readonly words: WordTable;
  readonly trie: PhraseTrie;
  /** The entries of form f, best first: `entryList[formStart[f] … formStart[f] + formSize[f])`. */
  readonly formStart: Int32Array;
  readonly formSize: Int32Array;
  readonly entryList: Int32Array;
  /** Per form: the bits (`cueBit`) of the cue classes among its entries, so rules skip other tokens at once. */
  readonly formCues: Int32Array;
  /** Per entry: its type as an index into INDEX_ENTRY_TYPES. */
  readonly entryTypeCode: Uint8Array;
  entryId(entry: number): string;
  entryType(entry: number): IndexEntryType;
  entrySubtype(entry: number): string;
  /** ISO code of the country itself, or of the country the entry belongs to ('' when unknown). */
  entryCountry(entry: number): string;
  entryFlags(entry: number): number;
  canonical(entry: number): string;
  /** The surface forms of an entry as written, canonical first. */
  entryForms(entry: number): string[];
  /** Number of entries (lexicon entries, caller entries and cue classes). */
  entryCount(): number;
}

export const INDEX_ENTRY_TYPES: readonly IndexEntryType[] = [...ENTRY_TYPES, 'CUE'];
/** At most this many cue classes (one bit each in `formCues`). */
const MAX_CUE_CLASSES = 31;

export interface IndexSources {
  readonly artifact?: LexiconArtifact | undefined;
  readonly entries?: readonly LexiconEntryInput[];
  readonly cues?: readonly CueClass[];
}

const TYPE_BY_CODE = new Map<string, EntryType>(Object.entries(TYPE_CODES).map(([type, code]) => [code, type as EntryType]));

interface ExtraEntry {
  readonly id: string;
  readonly type: IndexEntryType;
  readonly subtype: string;
  readonly forms: string[];
  readonly flags: number;
}

/** The cue classes as one string, to tell whether an artifact was compiled with the very cues an index asks for. */
export function cueClassesKey(cues: readonly CueClass[]): string {
  return JSON.stringify(cues.map((cue) => [cue.name, cue.bit, cue.phrases]));
}

/**
 * Builds the lookup structures. Under default normalization the artifact's word table, trie and
 * form lists are used as they were compiled: as they are (views on the file's bytes, nothing
 * copied) when the artifact was compiled with these very cue classes and no caller entries are
 * added — the default extractor's case —, copied and extended otherwise. Under other switches, or
 * over an artifact compiled with other cue classes, they are rebuilt from the raw forms. Then the
 * caller's entries and the rules' cue phrases not compiled in are added.
 */
export function createLexiconIndex(folds: CompiledFolds, sources: IndexSources): LexiconIndex {
  const { artifact, entries: custom = [], cues = [] } = sources;
  if (cues.length > MAX_CUE_CLASSES) throw new RangeError(`at most ${MAX_CUE_CLASSES} cue classes, got ${cues.length}`);
  const split = createFormSplitter(folds);
  const base = artifact?.entryFlags.length ?? 0;
  const compiled = artifact?.cues ?? [];
  // The artifact's structures stand as compiled when they hold no cues or exactly these.
  const reuse = artifact !== undefined && folds.isDefault && (compiled.length === 0 || cueClassesKey(compiled) === cueClassesKey(cues));
  const missingCues = reuse && compiled.length > 0 ? [] : cues;
  const extra: ExtraEntry[] = [];
  /** Cue pseudo-entry → its class's bit. */
  const cueBit = new Map<number, number>();
  const addCueEntry = (cue: CueClass): number => {
    const entry = base + extra.length;
    if ([...cueBit.values()].includes(cue.bit)) throw new RangeError(`cue class "${cue.name}" reuses bit ${cue.bit}`);
    cueBit.set(entry, cue.bit);
    extra.push({ id: `cue:${cue.name}`, type: 'CUE', subtype: cue.name, forms: [cue.name], flags: 0 });
    return entry;
  };
  /** Forms whose entry list was built or changed here; the others read the artifact's lists. */
  const own = new Map<number, number[]>();
  let words: WordTable;
  let trie: PhraseTrie;
  let formCount: number;

  if (reuse) {
    // Nothing is added to a shared, immutable artifact: its arrays are read in place.
    const inPlace = custom.length === 0 && missingCues.length === 0;
    words = inPlace ? WordTable.over(artifact.words) : WordTable.fromParts(artifact.words);
    trie = inPlace ? PhraseTrie.over(artifact.trie) : PhraseTrie.fromParts(artifact.trie);
    formCount = artifact.formStart.length;
    for (const cue of compiled) addCueEntry(cue);
  } else {
    words = new WordTable(1024);
    trie = new PhraseTrie(1024);
    formCount = 0;
  }
  /** Entries from here on are the caller's. */
  const firstCustom = base + extra.length;

  const formEntries = (form: number): ArrayLike<number> => {
    const mine = own.get(form);
    if (mine) return mine;
    const a = artifact as LexiconArtifact;
    return a.entryList.subarray(a.formStart[form], a.formStart[form] + a.formSize[form]);
  };
  const addForm = (wordIds: readonly number[], entries: readonly number[]): number[] => {
    const node = trie.insert(wordIds);
    let form = trie.nodeForm[node];
    if (form < 0) {
      form = formCount++;
      trie.nodeForm[node] = form;
      own.set(form, []);
    }
    let list = own.get(form);
    if (!list) {
      list = Array.from(formEntries(form));
      own.set(form, list);
    }
    for (const entry of entries) if (!list.includes(entry)) list.push(entry);
    return list;
  };
  const splitToIds = (form: string): number[] => split(form).map((word) => words.add(word));
  const entryType = (entry: number): IndexEntryType =>
    entry < base ? (TYPE_BY_CODE.get((artifact as LexiconArtifact).entryTypes[entry]) as EntryType) : extra[entry - base].type;
  const entryId = (entry: number): string => (entry < base ? columnValue((artifact as LexiconArtifact).entryIds, entry) : extra[entry - base].id);
  const formsOf = (entry: number): string[] => columnValue((artifact as LexiconArtifact).entryForms, entry).split('\t');
  /** Each entry's canonical name, cut from its forms when first asked for (an entity's `canonical`). */
  let canonicals: (string | undefined)[] | undefined;
  const canonicalOf = (entry: number): string => {
    canonicals ??= new Array<string | undefined>(base).fill(undefined);
    let canonical = canonicals[entry];
    if (canonical === undefined) {
      const forms = columnValue((artifact as LexiconArtifact).entryForms, entry);
      const tab = forms.indexOf('\t');
      canonical = tab >= 0 ? forms.slice(0, tab) : forms;
      canonicals[entry] = canonical;
    }
    return canonical;
  };

  if (artifact && !reuse) {
    const preferred = new Map<number[], EntryType>();
    for (let entry = 0; entry < base; entry++) {
      const subtype = columnValue(artifact.entrySubtypes, entry);
      for (const raw of formsOf(entry)) {
        const ids = splitToIds(raw);
        if (ids.length === 0) continue;
        addForm(ids, [entry]);
        if (entryType(entry) === 'NAME' && ids.length === 1) {
          const id = ids[0];
          words.flags[id] = words.flags[id] | NAME_CLASS_FLAGS[subtype as NameClass];
        }
      }
    }
    for (const [name, type] of artifact.collisions) {
      const form = findForm(trie, split(name).map((word) => words.get(word)));
      const list = form >= 0 ? own.get(form) : undefined;
      if (list) preferred.set(list, type);
    }
    const types = Array.from({ length: base }, (_, entry) => entryType(entry) as EntryType);
    const ids = columnValues(artifact.entryIds);
    for (const list of own.values()) orderEntries(list, preferred.get(list), types, artifact.entryRanks, ids, () => false);
    for (const [column, flag] of [
      [artifact.commonWords, WORD_COMMON],
      [artifact.stopwords, WORD_COMMON | WORD_STOPWORD],
      [artifact.homographs, WORD_NOUN_HOMOGRAPH],
    ] as const) {
      for (let i = 0; i < columnLength(column); i++) {
        const tokens = split(columnValue(column, i));
        if (tokens.length !== 1) continue;
        const id = words.add(tokens[0]);
        words.flags[id] = words.flags[id] | flag;
      }
    }
  }

  custom.forEach((input, index) => {
    const entry = base + extra.length;
    extra.push({ id: input.id ?? `custom:${index}`, type: input.type, subtype: input.subtype ?? '', forms: [input.name, ...(input.variants ?? [])], flags: ENTRY_CUSTOM });
    for (const form of new Set([input.name, ...(input.variants ?? [])])) {
      const ids = splitToIds(form);
      if (ids.length === 0) {
        throw new LexiconError(`form ${JSON.stringify(form)} is empty after normalization`, { entry: input.id !== undefined ? `"${input.id}" (#${index})` : `#${index}` });
      }
      const list = addForm(ids, [entry]);
      // Caller entries come first; the others keep their compiled order (the sort is stable).
      list.sort((a, b) => (a >= firstCustom ? 0 : 1) - (b >= firstCustom ? 0 : 1));
    }
  });

  for (const cue of missingCues) {
    const entry = addCueEntry(cue);
    for (const phrase of cue.phrases) {
      const ids = splitToIds(phrase);
      if (ids.length > 0) addForm(ids, [entry]);
    }
  }

  let formStart: Int32Array;
  let formSize: Int32Array;
  let entryList: Int32Array;
  let formCues: Int32Array;
  let entryTypeCode: Uint8Array;
  if (reuse && own.size === 0 && artifact.entryTypeCode.length === base + extra.length) {
    ({ formStart, formSize, entryList, formCues, entryTypeCode } = artifact);
  } else {
    entryTypeCode = new Uint8Array(base + extra.length);
    // The lexicon's own entries have the types they were compiled with, whatever the folds.
    if (artifact) entryTypeCode.set(artifact.entryTypeCode.subarray(0, base));
    for (let entry = base; entry < entryTypeCode.length; entry++) entryTypeCode[entry] = INDEX_ENTRY_TYPES.indexOf(entryType(entry));
    ({ formStart, formSize, entryList } = freezeForms(formCount, reuse ? artifact : undefined, own));
    formCues = new Int32Array(formCount);
    if (reuse) formCues.set(artifact.formCues);
    for (const [form, list] of own) {
      for (const entry of list) formCues[form] = formCues[form] | (cueBit.get(entry) ?? 0);
    }
  }

  return {
    folds,
    words,
    trie,
    formStart,
    formSize,
    entryList,
    formCues,
    entryTypeCode,
    entryId,
    entryType: (entry) => INDEX_ENTRY_TYPES[entryTypeCode[entry]],
    entrySubtype: (entry) => (entry < base ? columnValue((artifact as LexiconArtifact).entrySubtypes, entry) : extra[entry - base].subtype),
    entryCountry: (entry) => (entry < base ? columnValue((artifact as LexiconArtifact).entryCountries, entry) : ''),
    entryFlags: (entry) => (entry < base ? (artifact as LexiconArtifact).entryFlags[entry] : extra[entry - base].flags),
    canonical: (entry) => (entry < base ? canonicalOf(entry) : extra[entry - base].forms[0]),
    entryForms: (entry) => (entry < base ? formsOf(entry) : [...extra[entry - base].forms]),
    entryCount: () => base + extra.length,
  };
}

/**
 * Lays every form's entry list out in one flat array: the artifact's lists as they are, the lists
 * built or changed here (caller entries, cue phrases) appended after them.
 */
function freezeForms(formCount: number, artifact: LexiconArtifact | undefined, own: ReadonlyMap<number, readonly number[]>): { formStart: Int32Array; formSize: Int32Array; entryList: Int32Array } {
  const formStart = new Int32Array(formCount);
  const formSize = new Int32Array(formCount);
  const baseList = artifact?.entryList ?? new Int32Array(0);
  let extraLength = 0;
  for (const list of own.values()) extraLength += list.length;
  const entryList = new Int32Array(baseList.length + extraLength);
  entryList.set(baseList);
  if (artifact) {
    formStart.set(artifact.formStart);
    formSize.set(artifact.formSize);
  }
  let at = baseList.length;
  for (const [form, list] of own) {
    formStart[form] = at;
    formSize[form] = list.length;
    entryList.set(list, at);
    at += list.length;
  }
  return { formStart, formSize, entryList };
}

/** The form spelled by these word ids, or -1. */
function findForm(trie: PhraseTrie, ids: readonly number[]): number {
  if (ids.length === 0) return -1;
  let node = 0;
  for (const id of ids) {
    if (id < 0) return -1;
    node = trie.child(node, id);
    if (node < 0) return -1;
  }
  return trie.nodeForm[node];
}
