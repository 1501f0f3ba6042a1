import { ALEF } from '../tokenize/arabic-letters';
const EMPTY = -1;
const FNV_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * FNV-1a over the code units from last to first. Hashing backwards gives the hash of every suffix
 * of a word in one pass: the hashes of «وروسيا» and of its stem «روسيا» come out together.
 */
export function hashWord(codes: ArrayLike<number>, start: number, end: number, withAlef = false): number {
  let h = FNV_BASIS;
  for (let i = end - 1; i >= start; i--) h = Math.imul(h ^ codes[i], FNV_PRIME);
  return withAlef ? Math.imul(h ^ ALEF, FNV_PRIME) : h;
}

/** Writes into `out[k]` the hash of `codes[start + k, end)` for k < out.length (see hashWord). */
export function hashSuffixes(codes: Uint16Array, start: number, end: number, out: Int32Array): void {
  let h = FNV_BASIS;
  const keep = start + out.length;
  for (let i = end - 1; i >= start; i--) {
    h = Math.imul(h ^ codes[i], FNV_PRIME);
    if (i < keep) out[i - start] = h;
  }
}

/** The hash of «ا» + a suffix whose hash is `suffixHash` (the article restored in «للامن» → «الامن»). */
export function withAlefHash(suffixHash: number): number {
  return Math.imul(suffixHash ^ ALEF, FNV_PRIME);
}

/**
 * An interning table from folded words to dense integer ids, probed directly on the code units of
 * the folded text (no substring, no allocation per lookup). Open addressing, FNV-1a hashing.
 */
export interface WordTableParts {
  /**
   * Four int32 per slot, `[id, hash, start, length]` (EMPTY id when free): a probe reads the word's
   * place in `pool` from the slot's own cache line, then the letters. Matching looks up every token
   * («روسيا», then its neighbours in a phrase); with the start and length in arrays by id, a hit
   * waited on one more cache miss before it could compare the letters.
   */
  readonly slots: Int32Array;
  readonly pool: Uint16Array;
  readonly keyStart: Int32Array;
  readonly keyLength: Int32Array;
  readonly keyHash: Int32Array;
  readonly flags: Int32Array;
}

/** Int32 values per slot of `WordTableParts.slots`. */
const SLOT = 4;
/**
 * How full the slots may get. The compiled lexicon's 54,003 words (its cue phrases' included) fill
 * 65,536 slots (1 MB) to 0.82; a probe then runs longer, four slots to a cache line, but matching
 * measured faster than over a table at most half full (131,072 slots, 2 MB): bench:speed × 0.972
 * and × 0.963 for the denser table, each the geometric mean of both orders.
 */
const MAX_LOAD = 0.85;

export class WordTable {
  private slots: Int32Array;
  /** The number of slots - 1 (a hash's first slot is `h & mask`). */
  private mask: number;
  /** The length of `slots` - 1: an index into it wraps around (SLOT is a power of two). */
  private slotMask: number;
  private pool: Uint16Array;
  private poolLength = 0;
  private keyStart: Int32Array;
  private keyLength: Int32Array;
  private keyHash: Int32Array;
  /** Per word id: its WORD_* flags (name classes, common word, stopword, noun homograph; see lexicon-types.ts). */
  flags: Int32Array;
  size = 0;
  /** The parts whose keys `readKeys` has yet to take (a table made by `over`). */
  private keysFrom: WordTableParts | undefined;

  constructor(expected = 1024) {
    let capacity = 16;
    while (capacity * MAX_LOAD < expected) capacity *= 2;
    this.slots = new Int32Array(capacity * SLOT).fill(EMPTY);
    this.mask = capacity - 1;
    this.slotMask = capacity * SLOT - 1;
    this.pool = new Uint16Array(Math.max(64, expected * 8));
    this.keyStart = new Int32Array(Math.max(16, expected));
    this.keyLength = new Int32Array(Math.max(16, expected));
    this.keyHash = new Int32Array(Math.max(16, expected));
    this.flags = new Int32Array(Math.max(16, expected));
  }

  /** The id of the word `codes[start, end)` (with an «ا» prepended when `withAlef`), or -1. */
  lookup(codes: Uint16Array, start: number, end: number, withAlef = false): number {
    return this.lookupHashed(codes, start, end, withAlef, hashWord(codes, start, end, withAlef));
  }

  /** `lookup` with the hash already known (`hashWord` of the same word). */
  lookupHashed(codes: Uint16Array, start: number, end: number, withAlef: boolean, h: number): number {
    const length = end - start + (withAlef ? 1 : 0);
    const slots = this.slots;
    const pool = this.pool;
    let at = (h & this.mask) * SLOT;
    for (;;) {
      const id = slots[at];
      if (id === EMPTY) return -1;
      if (slots[at + 1] === h && slots[at + 3] === length) {
        let k = slots[at + 2];
        let equal = true;
        if (withAlef) {
          if (pool[k] !== ALEF) equal = false;
          k++;
        }
        for (let i = start; equal && i < end; i++, k++) if (pool[k] !== codes[i]) equal = false;
        if (equal) return id;
      }
      at = (at + SLOT) & this.slotMask;
    }
  }

  /** The table's arrays, trimmed, for the compiled artifact. */
  toParts(): WordTableParts {
    return {
      slots: this.slots.slice(),
      pool: this.pool.slice(0, this.poolLength),
      keyStart: this.keyStart.slice(0, this.size),
      keyLength: this.keyLength.slice(0, this.size),
      keyHash: this.keyHash.slice(0, this.size),
      flags: this.flags.slice(0, this.size),
    };
  }

  /** A table restored from the artifact: the arrays are copied, so adding words never touches the shared artifact. */
  static fromParts(parts: WordTableParts): WordTable {
    const table = WordTable.over({
      slots: parts.slots.slice(),
      pool: parts.pool.slice(),
      keyStart: parts.keyStart.slice(),
      keyLength: parts.keyLength.slice(),
      keyHash: parts.keyHash.slice(),
      flags: parts.flags.slice(),
    });
    table.readKeys();
    return table;
  }

  /**
   * A table over the artifact's arrays themselves, for an index that adds no word (the default
   * extractor's): nothing is copied, and the table must never be added to.
   */
  static over(parts: WordTableParts): WordTable {
    const table = new WordTable(0);
    table.slots = parts.slots;
    table.mask = table.slots.length / SLOT - 1;
    table.slotMask = table.slots.length - 1;
    table.pool = parts.pool;
    table.poolLength = parts.pool.length;
    table.flags = parts.flags;
    table.size = parts.flags.length;
    table.keysFrom = parts;
    return table;
  }

  /** The id of a word given as a string, or -1. */
  get(word: string): number {
    const codes = toCodes(word);
    return this.lookup(codes, 0, codes.length);
  }

  /** Interns a word and returns its id. */
  add(word: string): number {
    const codes = toCodes(word);
    const h = hashWord(codes, 0, codes.length);
    const existing = this.lookupHashed(codes, 0, codes.length, false, h);
    return existing >= 0 ? existing : this.addAbsent(codes, 0, codes.length, h);
  }

  /**
   * Interns the word `codes[start, end)` whose `hashWord` is `h`, known to be absent (`lookupHashed`
   * said -1), and returns its id: no string, no second hash, for a caller that looked it up first.
   */
  addAbsent(codes: Uint16Array, start: number, end: number, h: number): number {
    const length = end - start;
    if (this.size + 1 > (this.mask + 1) * MAX_LOAD) this.rehash();
    const id = this.size++;
    if (id >= this.keyStart.length) this.growKeys();
    if (this.poolLength + length > this.pool.length) {
      const pool = new Uint16Array(Math.max(this.pool.length * 2, this.poolLength + length));
      pool.set(this.pool);
      this.pool = pool;
    }
    this.pool.set(codes.subarray(start, end), this.poolLength);
    this.keyStart[id] = this.poolLength;
    this.keyLength[id] = length;
    this.poolLength += length;
    this.keyHash[id] = h;
    this.insertSlot(id);
    return id;
  }

  /** The word with this id. */
  word(id: number): string {
    this.readKeys();
    const start = this.keyStart[id];
    return String.fromCharCode(...this.pool.subarray(start, start + this.keyLength[id]));
  }

  /**
   * Takes the keys' arrays by id from the parts of a table made by `over`, on first use: lookups read
   * the slots only, so a compiled lexicon's file is read there only when a word is asked for by id.
   */
  private readKeys(): void {
    const parts = this.keysFrom;
    if (parts === undefined) return;
    this.keyStart = parts.keyStart;
    this.keyLength = parts.keyLength;
    this.keyHash = parts.keyHash;
    this.keysFrom = undefined;
  }

  private insertSlot(id: number): void {
    let at = (this.keyHash[id] & this.mask) * SLOT;
    while (this.slots[at] !== EMPTY) at = (at + SLOT) & this.slotMask;
    this.slots[at] = id;
    this.slots[at + 1] = this.keyHash[id];
    this.slots[at + 2] = this.keyStart[id];
    this.slots[at + 3] = this.keyLength[id];
  }

  private rehash(): void {
    this.slots = new Int32Array(this.slots.length * 2).fill(EMPTY);
    this.mask = this.slots.length / SLOT - 1;
    this.slotMask = this.slots.length - 1;
    for (let id = 0; id < this.size; id++) this.insertSlot(id);
  }

  private growKeys(): void {
    const capacity = Math.max(16, this.keyStart.length * 2);
    this.keyStart = copyInto(new Int32Array(capacity), this.keyStart);
    this.keyLength = copyInto(new Int32Array(capacity), this.keyLength);
    this.keyHash = copyInto(new Int32Array(capacity), this.keyHash);
    this.flags = copyInto(new Int32Array(capacity), this.flags);
  }
}

function copyInto(target: Int32Array, source: Int32Array): Int32Array {
  target.set(source);
  return target;
}

function toCodes(word: string): Uint16Array {
  const codes = new Uint16Array(word.length);
  for (let i = 0; i < word.length; i++) codes[i] = word.charCodeAt(i);
  return codes;
}
