import type { Candidate } from '../candidate';

export interface Resolved {
  readonly kept: Candidate[];
  /** With `nested`: the losers lying wholly inside a kept candidate, by that candidate. */
  readonly inner: Map<Candidate, Candidate[]>;
}

/**
 * The one overlap policy: the longest span wins; among equal spans the higher priority, then the
 * higher score, then the earlier start. «الولايات المتحدة» beats «المتحدة»; the rule reading
 * «مدينة [الجزائر](PLACE)» beats the bare lexicon COUNTRY of the same span. Two candidates overlap
 * when they share a token. Linear in the tokens covered: each token remembers who holds it.
 */
export function resolveOverlaps(candidates: readonly Candidate[], tokenCount: number, nested = false): Resolved {
  // A candidate sharing no token with another is kept whatever the order: only the others are
  // ranked (most of a document's candidates, «موسكو» alone, need no sort).
  const cover = new Uint8Array(tokenCount);
  for (const candidate of candidates) for (let t = candidate.tokStart; t < candidate.tokEnd; t++) if (cover[t] < 2) cover[t]++;
  const kept: Candidate[] = [];
  const contested: Candidate[] = [];
  for (const candidate of candidates) {
    let alone = true;
    for (let t = candidate.tokStart; t < candidate.tokEnd; t++) if (cover[t] > 1) alone = false;
    if (alone) kept.push(candidate);
    else contested.push(candidate);
  }
  const ranked = contested.sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || b.score - a.score || a.start - b.start,
  );
  const owner = new Int32Array(tokenCount).fill(-1);
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
  kept.sort((a, b) => a.start - b.start);
  for (const list of inner.values()) list.sort((a, b) => a.start - b.start);
  return { kept, inner };
}
