import type { Candidate } from '../candidate';
import { createCandidate } from '../candidate';
import type { Doc } from '../document';
import type { Resolved } from '../resolve/resolve-overlaps';
import { findMatchEntry } from '../match/find-match-entry';

/**
 * The linking stage: every kept span gets the lexicon entry it names, whatever proposed it. A rule
 * that finds «الرئيس الأمريكي [دونالد ترامب]» by its title, the club rule that finds «[ريال مدريد]»,
 * a tagger's span: each carries the id, canonical name and subtype of the entry of its type whose
 * form is its text. First, a candidate that tied with the winner on its span and type gives it its
 * fields (a fuzzy match's entry, a propagated mention's canonical name); then the lexicon is asked
 * for an entry of the span's type whose form is exactly its text, one that stands alone first: the
 * proposer gave the context that a cue-tier village or a context-required name waits for.
 */
export function linkEntities(doc: Doc): void {
  const resolved = doc.resolved as Resolved;
  let agreeing: Map<string, Candidate> | undefined;
  const link = (candidate: Candidate): Candidate => {
    if (candidate.entry >= 0) return candidate;
    agreeing ??= collectLinked(doc.candidates);
    const tie = agreeing.get(spanKey(candidate));
    let entry = tie ? tie.entry : -1;
    const canonical = candidate.canonical ?? tie?.canonical;
    if (entry < 0 && canonical === undefined) entry = findMatchEntry(doc, candidate, candidate.type, true);
    if (entry < 0 && canonical === candidate.canonical) return candidate;
    const { type, tokStart, tokEnd, start, end, source, score, priority } = candidate;
    return createCandidate({ type, tokStart, tokEnd, start, end, entry, source, score, priority, canonical });
  };
  const kept: Candidate[] = [];
  const inner = new Map<Candidate, Candidate[]>();
  for (const outer of resolved.kept) {
    const linked = link(outer);
    kept.push(linked);
    const list = resolved.inner.get(outer);
    if (list) inner.set(linked, list.map(link));
  }
  doc.resolved = { kept, inner };
}

/** The same tokens, start and type: two readings of one span that agree. */
function spanKey(candidate: Candidate): string {
  return `${candidate.type}:${candidate.tokStart}:${candidate.tokEnd}:${candidate.start}`;
}

/** The candidates that carry an entry or a canonical name, by span; the first proposed for a span wins. */
function collectLinked(candidates: readonly Candidate[]): Map<string, Candidate> {
  const linked = new Map<string, Candidate>();
  for (const candidate of candidates) {
    if (candidate.entry < 0 && candidate.canonical === undefined) continue;
    const key = spanKey(candidate);
    if (!linked.has(key)) linked.set(key, candidate);
  }
  return linked;
}
