import type { Candidate } from '../candidate';
import { createCandidate } from '../candidate';
import type { Doc } from '../document';
import type { Resolved } from '../resolve/resolve-overlaps';
import { findMatchEntry } from '../match/find-match-entry';

/**
 * The linking stage: every kept span gets the lexicon entry it names, whatever proposed it. A rule
 * that finds «الرئيس الأمريكي [دونالد ترامب]» by its title, the club rule that finds «[ريال مدريد]»,
 * a tagger's span: each carries the id, canonical name and subtype of the entry of its type whose
 * form is exactly its text, one that stands alone first (the proposer gave the context that a
 * cue-tier village or a context-required name waits for). A span no entry spells takes the fields
 * of a candidate that tied with it on the same tokens and type: a fuzzy match's entry, a propagated
 * mention's canonical name.
 */
export function linkEntities(doc: Doc): void {
  const resolved = doc.resolved as Resolved;
  let agreeing: Map<number, Candidate[]> | undefined;
  const link = (candidate: Candidate): Candidate => {
    if (candidate.entry >= 0 || candidate.canonical !== undefined) return candidate;
    let entry = findMatchEntry(doc, candidate, candidate.type, true);
    let canonical: string | undefined;
    if (entry < 0) {
      agreeing ??= byStart(doc.candidates.filter(carriesLink));
      const tie = agreeing.get(candidate.tokStart)?.find((other) => agrees(other, candidate));
      if (!tie) return candidate;
      entry = tie.entry;
      canonical = tie.canonical;
    }
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

/**
 * A candidate whose link the lexicon's matches do not give back: a fuzzy match's entry, a propagated
 * mention's canonical name (a plain lexicon match is found again by findMatchEntry). Few per document.
 */
function carriesLink(candidate: Candidate): boolean {
  return candidate.canonical !== undefined || (candidate.entry >= 0 && candidate.source !== undefined);
}

/** Candidates by start token, so a document of many propagated mentions is read in linear time. */
function byStart(candidates: readonly Candidate[]): Map<number, Candidate[]> {
  const map = new Map<number, Candidate[]>();
  for (const candidate of candidates) {
    const list = map.get(candidate.tokStart);
    if (list) list.push(candidate);
    else map.set(candidate.tokStart, [candidate]);
  }
  return map;
}

/** The same tokens, start and type: two readings of one span that agree. */
function agrees(a: Candidate, b: Candidate): boolean {
  return a.type === b.type && a.tokStart === b.tokStart && a.tokEnd === b.tokEnd && a.start === b.start;
}
