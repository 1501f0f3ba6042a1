import type { Doc, MatchBuffer } from '../document';
import { AFTER_NEWLINE, WORD } from '../tokenize/scan-tokens';
import { findProcliticStems, RESTORED_ARTICLE } from '../tokenize/find-proclitic-stems';
import { hashSuffixes, hashWord, withAlefHash } from '../lexicon/word-table';
import { WORD_ANY_NAME } from '../lexicon/lexicon-types';

export function createMatchBuffer(capacity = 64): MatchBuffer {
  return {
    tokStart: new Int32Array(capacity),
    tokEnd: new Int32Array(capacity),
    start: new Int32Array(capacity),
    form: new Int32Array(capacity),
    restored: new Uint8Array(capacity),
    firstWord: new Int32Array(capacity),
    count: 0,
    head: new Int32Array(capacity),
  };
}

function growMatches(m: MatchBuffer): void {
  const capacity = m.tokStart.length * 2;
  const grow32 = (a: Int32Array): Int32Array => {
    const b = new Int32Array(capacity);
    b.set(a);
    return b;
  };
  m.tokStart = grow32(m.tokStart);
  m.tokEnd = grow32(m.tokEnd);
  m.start = grow32(m.start);
  m.form = grow32(m.form);
  m.firstWord = grow32(m.firstWord);
  const restored = new Uint8Array(capacity);
  restored.set(m.restored);
  m.restored = restored;
}

const UNKNOWN_WORD = -2;

/**
 * Finds every lexicon form in the document: at each token, the whole token and each of its
 * proclitic-free stems («وروسيا» → «روسيا») start a walk through the phrase trie over the
 * following whole tokens («بالولايات المتحدة» → «الولايات المتحدة»). All matches are kept, nested
 * and overlapping ones too; one policy later picks among them. Also records, per token, the word
 * flags of the token or of its stem (name classes, common words) for the rules.
 */
export function matchLexicon(doc: Doc): void {
  const { index, folded, tokens, matches } = doc;
  const { words, trie } = index;
  const nodeForm = trie.nodeForm;
  const codes = folded.codes;
  const count = tokens.count;
  const tokStart = tokens.start;
  const tokEnd = tokens.end;
  const word = doc.word;
  const tokenFlags = doc.tokenFlags;
  const stemStart = doc.stemStart;
  const cueBits = doc.cueBits;
  const formCues = index.formCues;
  const stems = new Int32Array(4);
  const suffixHash = new Int32Array(4);
  word.fill(UNKNOWN_WORD, 0, count);
  matches.count = 0;
  if (matches.head.length < count + 1) matches.head = new Int32Array(count * 2 + 1);
  const head = matches.head;

  const wordAt = (t: number): number => {
    let w = word[t];
    if (w === UNKNOWN_WORD) {
      w = words.lookup(codes, tokStart[t], tokEnd[t]);
      word[t] = w;
    }
    return w;
  };

  const walk = (t: number, start: number, first: number, restored: number): void => {
    let node = trie.rootChild(first);
    let next = t + 1;
    while (node >= 0) {
      const form = nodeForm[node];
      if (form >= 0) {
        if (matches.count === matches.tokStart.length) growMatches(matches);
        const m = matches.count++;
        matches.tokStart[m] = t;
        matches.tokEnd[m] = next;
        matches.start[m] = start;
        matches.form[m] = form;
        matches.restored[m] = restored;
        matches.firstWord[m] = first;
        cueBits[t] = cueBits[t] | formCues[form];
      }
      // A name does not run across a line break («العالم - ايران» then a new paragraph).
      if (next >= count || tokens.flags[next] & AFTER_NEWLINE) break;
      const w = wordAt(next);
      if (w < 0) break;
      node = trie.child(node, w);
      next++;
    }
  };

  for (let t = 0; t < count; t++) {
    head[t] = matches.count;
    const s = tokStart[t];
    const e = tokEnd[t];
    // Stems are looked for first, so that one backward pass hashes the whole token and the stems
    // its proclitics may leave («وروسيا», «روسيا»), and a token without one («روسيا») whose word a
    // phrase's walk already looked up («جمهورية روسيا») is not hashed at all.
    const n = tokens.kind[t] === WORD ? findProcliticStems(codes, s, e, stems) : 0;
    if (n > 0) hashSuffixes(codes, s, e, suffixHash);
    let w = word[t];
    if (w === UNKNOWN_WORD) {
      w = words.lookupHashed(codes, s, e, false, n > 0 ? suffixHash[0] : hashWord(codes, s, e));
      word[t] = w;
    }
    let flags = w >= 0 ? words.flags[w] : 0;
    stemStart[t] = s;
    if (w >= 0) walk(t, s, w, 0);
    // A known name is not a proclitic plus another word: «بلير» is Blair, not ب + «لير».
    if (flags & WORD_ANY_NAME) {
      tokenFlags[t] = flags;
      continue;
    }
    for (let k = 0; k < n; k++) {
      const candidate = stems[k];
      const offset = candidate >> 1;
      const restored = candidate & RESTORED_ARTICLE;
      const hash = restored ? withAlefHash(suffixHash[offset]) : suffixHash[offset];
      const sw = words.lookupHashed(codes, s + offset, e, restored === 1, hash);
      if (sw < 0) continue;
      walk(t, s + offset, sw, restored);
      // «وعلي» is unknown as a whole: its stem «علي» is a given name.
      if (flags === 0 && w < 0) {
        flags = words.flags[sw];
        if (flags !== 0) stemStart[t] = s + offset;
      }
    }
    tokenFlags[t] = flags;
  }
  head[count] = matches.count;
}
