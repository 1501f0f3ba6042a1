const EMPTY = -1;

/**
 * A trie over word ids: each lexicon form («الولايات المتحدة الامريكية») is a path of word ids from
 * the root (node 0). Edges live in one open-addressing table keyed by (node, word id), so a step
 * costs one probe and no allocation.
 */
export interface PhraseTrieParts {
  readonly edgeNode: Int32Array;
  readonly edgeWord: Int32Array;
  readonly edgeChild: Int32Array;
  readonly nodeForm: Int32Array;
}

export class PhraseTrie {
  private edgeNode: Int32Array;
  private edgeWord: Int32Array;
  private edgeChild: Int32Array;
  private mask: number;
  private edges = 0;
  /** Per node: the form index ending here, or -1. */
  nodeForm: Int32Array;
  nodes = 1;

  constructor(expectedEdges = 1024) {
    let capacity = 16;
    while (capacity < expectedEdges * 2) capacity *= 2;
    this.edgeNode = new Int32Array(capacity).fill(EMPTY);
    this.edgeWord = new Int32Array(capacity);
    this.edgeChild = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.nodeForm = new Int32Array(Math.max(16, expectedEdges + 1)).fill(EMPTY);
  }

  /** The trie's arrays, trimmed, for the compiled artifact. */
  toParts(): PhraseTrieParts {
    return { edgeNode: this.edgeNode.slice(), edgeWord: this.edgeWord.slice(), edgeChild: this.edgeChild.slice(), nodeForm: this.nodeForm.slice(0, this.nodes) };
  }

  /** A trie restored from the artifact (copied: inserting never touches the shared artifact). */
  static fromParts(parts: PhraseTrieParts): PhraseTrie {
    return PhraseTrie.over({ edgeNode: parts.edgeNode.slice(), edgeWord: parts.edgeWord.slice(), edgeChild: parts.edgeChild.slice(), nodeForm: parts.nodeForm.slice() });
  }

  /** A trie over the artifact's arrays themselves, for an index that adds no form: nothing is copied, and nothing must be inserted. */
  static over(parts: PhraseTrieParts): PhraseTrie {
    const trie = new PhraseTrie(0);
    trie.edgeNode = parts.edgeNode;
    trie.edgeWord = parts.edgeWord;
    trie.edgeChild = parts.edgeChild;
    trie.mask = trie.edgeNode.length - 1;
    trie.nodeForm = parts.nodeForm;
    trie.nodes = parts.nodeForm.length;
    // Every node but the root has exactly one incoming edge.
    trie.edges = trie.nodes - 1;
    return trie;
  }

  /** The child of `node` through `word`, or -1. */
  child(node: number, word: number): number {
    let slot = hashEdge(node, word) & this.mask;
    for (;;) {
      const n = this.edgeNode[slot];
      if (n === EMPTY) return -1;
      if (n === node && this.edgeWord[slot] === word) return this.edgeChild[slot];
      slot = (slot + 1) & this.mask;
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
    if ((this.edges + 1) * 2 > this.edgeNode.length) this.rehash();
    let slot = hashEdge(node, word) & this.mask;
    while (this.edgeNode[slot] !== EMPTY) slot = (slot + 1) & this.mask;
    this.edgeNode[slot] = node;
    this.edgeWord[slot] = word;
    this.edgeChild[slot] = child;
    this.edges++;
  }

  private rehash(): void {
    const oldNode = this.edgeNode;
    const oldWord = this.edgeWord;
    const oldChild = this.edgeChild;
    const capacity = oldNode.length * 2;
    this.edgeNode = new Int32Array(capacity).fill(EMPTY);
    this.edgeWord = new Int32Array(capacity);
    this.edgeChild = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.edges = 0;
    for (let slot = 0; slot < oldNode.length; slot++) {
      const node = oldNode[slot];
      if (node !== EMPTY) this.addEdge(node, oldWord[slot], oldChild[slot]);
    }
  }
}

function hashEdge(node: number, word: number): number {
  return Math.imul(node ^ Math.imul(word, 0x9e3779b1), 0x85ebca6b) ^ (word >>> 7);
}
