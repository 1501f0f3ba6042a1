import { join, relative } from 'node:path';
import { ENTRY_CONTEXT, ENTRY_CUE_TIER } from '#alam/lexicon/lexicon-types';
import { findRepoRoot } from '../../scripts/lib/repo-paths';
import type { EntityForms } from './bench-types';
import { readLexiconEntries } from './read-lexicon-entries';

const RETURNED_TYPES = new Set(['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE']);

/** Repository-relative inside the checkout, absolute for a benched snapshot elsewhere. */
function displayPath(file: string): string {
  const rel = relative(findRepoRoot(), file);
  return rel.startsWith('..') ? file : rel;
}

/**
 * The (type, form) pairs the peers are loaded with, so every system knows the same names:
 * every surface form (canonical name and variants) of the entries of alam's compiled default
 * lexicon whose type alam returns by default, plus each form folded by alam's own `normalize`
 * (peers do not fold the input, so «المانيا» only matches if that spelling is loaded too).
 * Entries alam never matches bare (context-required or cue-only) are left out. A form shared
 * by several entries gets the type of the preferred one (lowest compiled rank).
 * The artifact is decoded by the benched build's own loader (dist/lexicon/load-lexicon), so a
 * missing or stale file fails here with alam's error rather than giving the peers something else.
 */
export function loadEntryForms({ dist, normalize }: { readonly dist: string; readonly normalize?: (text: string) => string }): EntityForms {
  const loader = require(join(dist, 'lexicon', 'load-lexicon')) as { LEXICON_ARTIFACT_PATH: string; loadBundledLexicon(): unknown };
  const file = loader.LEXICON_ARTIFACT_PATH;
  const best = new Map<string, { type: string; rank: number }>();
  let entries = 0;
  let skipped = 0;
  for (const row of readLexiconEntries(loader.loadBundledLexicon(), file)) {
    if (!RETURNED_TYPES.has(row.type)) continue;
    if ((row.flags & (ENTRY_CONTEXT | ENTRY_CUE_TIER)) !== 0) {
      skipped += 1;
      continue;
    }
    entries += 1;
    for (const surface of row.forms) {
      if (surface.trim() === '') continue;
      for (const form of normalize ? [surface, normalize(surface)] : [surface]) {
        const held = best.get(form);
        if (!held || row.rank < held.rank) best.set(form, { type: row.type, rank: row.rank });
      }
    }
  }
  const forms = [...best].map(([form, { type }]) => ({ type, form }));
  const byType: Record<string, number> = {};
  for (const f of forms) byType[f.type] = (byType[f.type] ?? 0) + 1;
  return { source: displayPath(file), folded: Boolean(normalize), entries, skippedContextOnly: skipped, byType, forms };
}
