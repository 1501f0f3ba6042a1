import type { NormalizeOptions } from '../types';
import { DROP, FOLD_NAMES, FOLD_TABLE, MARK, type FoldAction } from './fold-table';

/** `action[c]` for a UTF-16 code unit c: KEEP, a MARK/DROP deletion, one replacement code unit, or an index into `multi`. */
export const KEEP = -1;
export const DELETE_MARK = -2;
export const DELETE_DROP = -3;
/** Values at or above this are `MULTI_BASE + index into multi`. */
export const MULTI_BASE = 0x10000;

export interface CompiledFolds {
  /** The enabled folds, as a bit set over FOLD_NAMES (the cache key). */
  readonly key: number;
  readonly action: Int32Array;
  readonly multi: readonly string[];
  /** True when every fold is on. */
  readonly isDefault: boolean;
}

const cache = new Map<number, CompiledFolds>();

/** Validates the switches and returns the bit set of enabled folds. Unknown keys are a TypeError naming them. */
export function foldKey(options: NormalizeOptions | undefined): number {
  let key = 0;
  for (let i = 0; i < FOLD_NAMES.length; i++) {
    const name = FOLD_NAMES[i];
    const value = options?.[name];
    if (value !== undefined && typeof value !== 'boolean') {
      throw new TypeError(`normalize option "${name}" must be a boolean, got ${typeof value}`);
    }
    if (value !== false) key |= 1 << i;
  }
  if (options) {
    for (const name of Object.keys(options)) {
      if (!(FOLD_NAMES as readonly string[]).includes(name)) {
        throw new TypeError(`unknown normalize option "${name}"; expected one of: ${FOLD_NAMES.join(', ')}`);
      }
    }
  }
  return key;
}

/** Compiles (once per set of switches) the fold table into a lookup array over the BMP. */
export function compileFoldTable(options?: NormalizeOptions): CompiledFolds {
  const key = foldKey(options);
  const cached = cache.get(key);
  if (cached) return cached;

  const rows = new Map<number, FoldAction>();
  for (const row of FOLD_TABLE) {
    if (!(key & (1 << FOLD_NAMES.indexOf(row.fold)))) continue;
    const [first, last] = typeof row.from === 'number' ? [row.from, row.from] : row.from;
    for (let c = first; c <= last; c++) {
      const to = row.compatibility ? compatibilityMapping(c) : row.to;
      if (to !== undefined) rows.set(c, to);
    }
  }

  const action = new Int32Array(0x10000).fill(KEEP);
  const multi: string[] = [];
  for (const c of rows.keys()) {
    const folded = foldClosure(c, rows, 0);
    if (folded === MARK) action[c] = DELETE_MARK;
    else if (folded === DROP) action[c] = DELETE_DROP;
    else if (folded.length === 1) action[c] = folded.charCodeAt(0);
    else {
      action[c] = MULTI_BASE + multi.length;
      multi.push(folded);
    }
  }
  const compiled: CompiledFolds = { key, action, multi, isDefault: key === (1 << FOLD_NAMES.length) - 1 };
  cache.set(key, compiled);
  return compiled;
}

const COMBINING = /^[\p{M}\u0640]+$/u;

/**
 * Unicode's compatibility mapping of one presentation form, or undefined when it has none.
 * The isolated harakat forms map to a space plus the mark («ﹰ» → « ً»); the space is an artefact
 * of the isolated form, so only the mark is kept.
 */
function compatibilityMapping(c: number): FoldAction | undefined {
  const ch = String.fromCharCode(c);
  const mapped = ch.normalize('NFKC');
  if (mapped === ch) return undefined;
  if (mapped.length > 1 && mapped.charCodeAt(0) === 0x20 && COMBINING.test(mapped.slice(1))) return mapped.slice(1);
  return mapped;
}

/** Applies the rows to a character and then to its replacement until nothing changes. */
function foldClosure(c: number, rows: ReadonlyMap<number, FoldAction>, depth: number): FoldAction {
  const to = rows.get(c);
  if (to === undefined || depth > 4) return String.fromCharCode(c);
  if (to === MARK || to === DROP) return to;
  let out = '';
  let sawMark = false;
  for (let i = 0; i < to.length; i++) {
    const code = to.charCodeAt(i);
    const inner = code === c ? String.fromCharCode(c) : foldClosure(code, rows, depth + 1);
    if (inner === MARK) sawMark = true;
    else if (inner !== DROP) out += inner;
  }
  if (out.length === 0) return sawMark ? MARK : DROP;
  return out;
}
