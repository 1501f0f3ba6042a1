import type { Candidate } from '../candidate';

export interface Resolved {
  readonly kept: Candidate[];
  /** With `nested`: the losers lying wholly inside a kept candidate, by that candidate. */
  readonly inner: Map<Candidate, Candidate[]>;
}

/**
 * Per-token scratch, clean between calls (each call clears the tokens it marked): how many
 * candidates cover a token (0, 1 or 2 for more), and which kept candidate holds it (-1: none).
 * One per extractor (on its documents, `doc.overlaps`), kept across calls, twice a document with
 * the model: marking the few tokens that candidates cover needs no two new arrays of the document's
 * length, allocated and filled each time. Not a module-level buffer: extractors share no state.
 */
export interface OverlapScratch {
  cover: Uint8Array;
  owner: Int32Array;
}

export function createOverlapScratch(): OverlapScratch {
  return { cover: new Uint8Array(0), owner: new Int32Array(0) };
}

/** A scratch grown past this many tokens (a 1 MB line of «.») is dropped before a smaller document. */
const MAX_RETAINED_TOKENS = 1 << 16;

/**
 * The one overlap policy: the longest span wins; among equal spans the higher priority, then the
 * higher score, then the earlier start. «الولايات المتحدة» beats «المتحدة»; the rule reading
 * «مدينة [الجزائر](PLACE)» beats the bare lexicon COUNTRY of the same span. Two candidates overlap
 * when they share a token. Linear in the tokens covered: each token remembers who holds it.
 */
export function resolveOverlaps(candidates: readonly Candidate[], tokenCount: number, nested = false, scratch: OverlapScratch = createOverlapScratch()): Resolved {
  if (scratch.cover.length < tokenCount || (scratch.cover.length > MAX_RETAINED_TOKENS && tokenCount <= MAX_RETAINED_TOKENS)) {
    scratch.cover = new Uint8Array(Math.min(Math.max(tokenCount * 2, 1024), Math.max(tokenCount, MAX_RETAINED_TOKENS)));
    scratch.owner = new Int32Array(scratch.cover.length).fill(-1);
  }
  const { cover, owner } = scratch;
  // A candidate sharing no token with another is kept whatever the order: only the others are
  // ranked (most of a document's candidates, «موسكو» alone, need no sort).
  for (const candidate of candidates) for (let t = candidate.tokStart; t < candidate.tokEnd; t++) if (cover[t] < 2) cover[t]++;
  const kept: Candidate[] = [];
  const contested: Candidate[] = [];
  for (const candidate of candidates) {
    let alone = true;
    for (let t = candidate.tokStart; t < candidate.tokEnd; t++) if (cover[t] > 1) alone = false;
    if (alone) kept.push(candidate);
    else contested.push(candidate);
  }
  for (const candidate of candidates) for (let t = candidate.tokStart; t < candidate.tokEnd; t++) cover[t] = 0;
  const ranked = contested.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || b.score - a.score || a.start - b.start,
  );
  const firstRanked = kept.length;
  const inner = new Map<Candidate, Candidate[]>();
  for (const candidate of ranked) {
    let blocker = -1;
    let single = true;
    for (let t = candidate.tokStart; t < candidate.tokEnd; t++) {
      const o = owner[t];
      if (o < 0) single = false;
      else if (blocker < 0) blocker = o;
      else if (o !== blocker) single = false;
    }
    if (blocker < 0) {
      for (let t = candidate.tokStart; t < candidate.tokEnd; t++) owner[t] = kept.length;
      kept.push(candidate);
      continue;
    }
    const outer = kept[blocker];
    if (nested && single && outer.start <= candidate.start && candidate.end <= outer.end && candidate.type !== outer.type) {
      const list = inner.get(outer) ?? [];
      if (!list.some((k) => k.start < candidate.end && candidate.start < k.end)) list.push(candidate);
      inner.set(outer, list);
    }
  }
  for (let k = firstRanked; k < kept.length; k++) for (let t = kept[k].tokStart; t < kept[k].tokEnd; t++) owner[t] = -1;
  kept.sort((a, b) => a.start - b.start);
  for (const list of inner.values()) list.sort((a, b) => a.start - b.start);
  return { kept, inner };
}
