import { ENTITY_TYPES, type LexiconEntryInput } from '../types';
import { normalize } from '../normalize/normalize';
import { describeValue } from '../describe-value';
import { LexiconError } from './lexicon-error';

const ALLOWED_KEYS = new Set(['type', 'name', 'variants', 'id', 'subtype']);
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface EntryLocation {
  /** The file the entries were read from, if any. */
  readonly file?: string;
  /** Line of each entry in that file (JSONL), by index. */
  readonly lines?: readonly number[];
}

/**
 * Checks caller-supplied entries before anything is built, so that a bad entry rejects the whole
 * list (nothing half-loaded). Each problem is a LexiconError naming the entry (its id or index) and,
 * when known, the file and line.
 */
export function validateEntryInputs(inputs: unknown, location: EntryLocation = {}): LexiconEntryInput[] {
  if (!Array.isArray(inputs)) {
    throw new LexiconError(`expected entries to be an array of { type, name, variants?, id?, subtype? }, got ${describeValue(inputs)}`, { file: location.file });
  }
  const ids = new Map<string, number>();
  return inputs.map((input: unknown, index) => {
    const where = { file: location.file, line: location.lines?.[index], entry: `#${index}` };
    if (input === null || typeof input !== 'object' || Array.isArray(input)) {
      throw new LexiconError(`expected an object { type, name, … }, got ${describeValue(input)}`, where);
    }
    const record = input as Record<string, unknown>;
    for (const key of Reflect.ownKeys(record)) {
      if (typeof key !== 'string' || FORBIDDEN_KEYS.has(key)) throw new LexiconError(`forbidden key "${String(key)}"`, where);
      if (!ALLOWED_KEYS.has(key)) throw new LexiconError(`unknown field "${key}"; expected type, name, variants, id, subtype`, where);
    }
    const id = record['id'];
    if (id !== undefined) {
      if (typeof id !== 'string' || id.trim() === '') throw new LexiconError(`"id" must be a non-empty string, got ${describeValue(id)}`, where);
      where.entry = `"${id}" (#${index})`;
      const first = ids.get(id);
      if (first !== undefined) throw new LexiconError(`duplicate id "${id}" (first used by entry #${first})`, where);
      ids.set(id, index);
    }
    const type = record['type'];
    if (type === undefined) throw new LexiconError('missing field "type"', where);
    if (typeof type !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(type)) {
      throw new LexiconError(`unknown type ${JSON.stringify(type)}; expected one of ${ENTITY_TYPES.join(', ')}`, where);
    }
    const name = record['name'];
    if (name === undefined) throw new LexiconError('missing field "name"', where);
    if (typeof name !== 'string') throw new LexiconError(`"name" must be a string, got ${describeValue(name)}`, where);
    const variants = record['variants'];
    if (variants !== undefined && (!Array.isArray(variants) || variants.some((v) => typeof v !== 'string'))) {
      throw new LexiconError('"variants" must be an array of strings', where);
    }
    const subtype = record['subtype'];
    if (subtype !== undefined && typeof subtype !== 'string') throw new LexiconError(`"subtype" must be a string, got ${describeValue(subtype)}`, where);
    // Checked here, where the file and line are known (with the default folds; an extractor with
    // other switches checks again when it builds its index).
    for (const form of [name, ...((variants as string[] | undefined) ?? [])]) {
      if (normalize(form).text.trim() === '') throw new LexiconError(`form ${JSON.stringify(form)} is empty after normalization`, where);
    }
    const entry: { -readonly [K in keyof LexiconEntryInput]: LexiconEntryInput[K] } = { type: type as LexiconEntryInput['type'], name };
    if (variants !== undefined) entry.variants = variants as string[];
    if (typeof id === 'string') entry.id = id;
    if (typeof subtype === 'string') entry.subtype = subtype;
    return entry;
  });
}
