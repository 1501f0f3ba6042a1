const EMPTY = -1;
/** Int32 values per slot of `PhraseTrieParts.edges`: `[node, word, child]`. */
const EDGE = 3;

/**
 * A trie over word ids: each lexicon form («الولايات المتحدة الامريكية») is a path of word ids from
 * the root (node 0). The root's children are in an array by word id, `root`; the other edges live
 * in one open-addressing table keyed by (node, word id), so a step costs one probe and no
 * allocation. Matching steps from the root at every known token («في», «الولايات» …), and further
 * only from the nodes it reaches: the root's step, by far the most frequent, is one array read.
 */
export interface PhraseTrieParts {
  /** Per word id: the root's child through that word, or -1 (the array may be shorter than the word table). */
  readonly root: Int32Array;
  /**
   * The other edges, `[node, word, child]` per slot (EMPTY node when free): a probe reads one slot,
   * where three arrays of nodes, words and children took up to three cache misses.
   */
  readonly edges: Int32Array;
  readonly nodeForm: Int32Array;
}

export class PhraseTrie {
  private root: Int32Array;
  private edgeSlots: Int32Array;
  private mask: number;
  private edges = 0;
  /** Per node: the form index ending here, or -1. */
  nodeForm: Int32Array;
  nodes = 1;

  constructor(expectedEdges = 1024) {
    this.root = new Int32Array(0);
    this.edgeSlots = emptyEdges(tableSize(expectedEdges));
    this.mask = this.edgeSlots.length / EDGE - 1;
    this.nodeForm = new Int32Array(Math.max(16, expectedEdges + 1)).fill(EMPTY);
  }

  /**
   * The trie's arrays, trimmed, for the compiled artifact. The edge table is written at the smallest
   * size that leaves it half empty: most forms' first steps are in `root`, so the table sized for
   * every form when the trie was built holds far fewer edges.
   */
  toParts(): PhraseTrieParts {
    let rootLength = this.root.length;
    while (rootLength > 0 && this.root[rootLength - 1] === EMPTY) rootLength--;
    const size = tableSize(this.edges);
    return { root: this.root.slice(0, rootLength), edges: size < this.mask + 1 ? this.rehashed(size) : this.edgeSlots.slice(), nodeForm: this.nodeForm.slice(0, this.nodes) };
  }

  /** A trie restored from the artifact (copied: inserting never touches the shared artifact). */
  static fromParts(parts: PhraseTrieParts): PhraseTrie {
    const trie = PhraseTrie.over({ root: parts.root.slice(), edges: parts.edges.slice(), nodeForm: parts.nodeForm.slice() });
    // Every node but the root has exactly one incoming edge: from the root or in the edge table.
    let fromRoot = 0;
    for (const child of trie.root) if (child !== EMPTY) fromRoot++;
    trie.edges = trie.nodes - 1 - fromRoot;
    return trie;
  }

  /** A trie over the artifact's arrays themselves, for an index that adds no form: nothing is copied, and nothing must be inserted. */
  static over(parts: PhraseTrieParts): PhraseTrie {
    const trie = new PhraseTrie(0);
    trie.root = parts.root;
    trie.edgeSlots = parts.edges;
    trie.mask = parts.edges.length / EDGE - 1;
    trie.nodeForm = parts.nodeForm;
    trie.nodes = parts.nodeForm.length;
    return trie;
  }

  /** The root's child through `word`, or -1: `child(0, word)`. */
  rootChild(word: number): number {
    return word < this.root.length ? this.root[word] : EMPTY;
  }

  /** The child of `node` through `word`, or -1. */
  child(node: number, word: number): number {
    if (node === 0) return this.rootChild(word);
    const slots = this.edgeSlots;
    let at = (hashEdge(node, word) & this.mask) * EDGE;
    for (;;) {
      const n = slots[at];
      if (n === EMPTY) return -1;
      if (n === node && slots[at + 1] === word) return slots[at + 2];
      at = at + EDGE === slots.length ? 0 : at + EDGE;
    }
  }

  /** Adds the path of `words[from, from + count)` and returns its end node. */
  insert(words: ArrayLike<number>, from = 0, count = words.length - from): number {
    let node = 0;
    for (let i = from; i < from + count; i++) {
      const word = words[i];
      let next = this.child(node, word);
      if (next < 0) {
        next = this.nodes++;
        if (next >= this.nodeForm.length) {
          const grown = new Int32Array(Math.max(16, this.nodeForm.length * 2)).fill(EMPTY);
          grown.set(this.nodeForm);
          this.nodeForm = grown;
        }
        this.addEdge(node, word, next);
      }
      node = next;
    }
    return node;
  }

  private addEdge(node: number, word: number, child: number): void {
    if (node === 0) {
      if (word >= this.root.length) {
        const grown = new Int32Array(Math.max(16, this.root.length * 2, word + 1)).fill(EMPTY);
        grown.set(this.root);
        this.root = grown;
      }
      this.root[word] = child;
      return;
    }
    if ((this.edges + 1) * 2 > this.mask + 1) {
      this.edgeSlots = this.rehashed((this.mask + 1) * 2);
      this.mask = this.edgeSlots.length / EDGE - 1;
    }
    putEdge(this.edgeSlots, this.mask, node, word, child);
    this.edges++;
  }

  /** The edge table laid out again in `size` slots. */
  private rehashed(size: number): Int32Array {
    const old = this.edgeSlots;
    const slots = emptyEdges(size);
    for (let at = 0; at < old.length; at += EDGE) if (old[at] !== EMPTY) putEdge(slots, size - 1, old[at], old[at + 1], old[at + 2]);
    return slots;
  }
}

/** Slots for `edges` edges, at most half full. */
function tableSize(edges: number): number {
  let size = 16;
  while (size < edges * 2) size *= 2;
  return size;
}

function emptyEdges(size: number): Int32Array {
  const slots = new Int32Array(size * EDGE);
  for (let at = 0; at < slots.length; at += EDGE) slots[at] = EMPTY;
  return slots;
}

function putEdge(slots: Int32Array, mask: number, node: number, word: number, child: number): void {
  let at = (hashEdge(node, word) & mask) * EDGE;
  while (slots[at] !== EMPTY) at = at + EDGE === slots.length ? 0 : at + EDGE;
  slots[at] = node;
  slots[at + 1] = word;
  slots[at + 2] = child;
}

function hashEdge(node: number, word: number): number {
  return Math.imul(node ^ Math.imul(word, 0x9e3779b1), 0x85ebca6b) ^ (word >>> 7);
}
