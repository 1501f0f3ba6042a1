import { readFile } from 'node:fs/promises';
import { ENTITY_TYPES, type EntityType, type LexiconEntryInput } from '../index';
import { describeFileError } from './describe-file-error';
import { UsageError } from './usage-error';

const ENTRY_KEYS = new Set(['type', 'name', 'variants', 'id', 'subtype']);

/**
 * Reads custom lexicon entries for `--lexicon FILE`: a JSON array of `{type, name, variants?, id?, subtype?}`
 * objects, or the same objects one per line (JSONL; blank lines and lines starting with # are skipped).
 * Every problem is reported with the file and the line (JSONL) or the array index (JSON).
 */
export async function loadLexiconFile(path: string): Promise<LexiconEntryInput[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new UsageError(`--lexicon ${path}: ${describeFileError(error)}`);
  }
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trimStart().startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      throw new UsageError(`${path}: invalid JSON: ${(error as Error).message}`);
    }
    if (!Array.isArray(parsed)) throw new UsageError(`${path}: expected a JSON array of entries`);
    return parsed.map((value, index) => checkEntry(value, `${path}: entry ${index}`));
  }
  const entries: LexiconEntryInput[] = [];
  body.split('\n').forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `${path}:${i + 1}`;
    let parsed: unknown;
    try {
      parsed = JSON.parse(line);
    } catch (error) {
      throw new UsageError(`${where}: invalid JSON: ${(error as Error).message}`);
    }
    entries.push(checkEntry(parsed, where));
  });
  return entries;
}

function checkEntry(value: unknown, where: string): LexiconEntryInput {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UsageError(`${where}: expected an object like {"type": "PERSON", "name": "…"}`);
  }
  const entry = value as Record<string, unknown>;
  for (const key of Object.keys(entry)) {
    if (!ENTRY_KEYS.has(key)) throw new UsageError(`${where}: unknown field "${key}" (expected ${[...ENTRY_KEYS].join(', ')})`);
  }
  const { type, name, variants, id, subtype } = entry;
  if (typeof type !== 'string' || !(ENTITY_TYPES as readonly string[]).includes(type)) {
    throw new UsageError(`${where}: "type" must be one of ${ENTITY_TYPES.join(', ')}, got ${JSON.stringify(type) ?? 'nothing'}`);
  }
  if (typeof name !== 'string' || name.trim() === '') throw new UsageError(`${where}: "name" must be a non-empty string`);
  if (variants !== undefined && (!Array.isArray(variants) || variants.some((v) => typeof v !== 'string' || v.trim() === ''))) {
    throw new UsageError(`${where}: "variants" must be an array of non-empty strings`);
  }
  if (id !== undefined && typeof id !== 'string') throw new UsageError(`${where}: "id" must be a string`);
  if (subtype !== undefined && typeof subtype !== 'string') throw new UsageError(`${where}: "subtype" must be a string`);
  return {
    type: type as EntityType,
    name,
    ...(variants === undefined ? {} : { variants: variants as string[] }),
    ...(id === undefined ? {} : { id: id as string }),
    ...(subtype === undefined ? {} : { subtype: subtype as string }),
  };
}
