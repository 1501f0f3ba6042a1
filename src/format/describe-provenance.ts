import type { Provenance } from '../types';

/** One-line provenance for humans: `lexicon country:RU`, `rule person-title — title «الرئيس» before name`. */
export function describeProvenance(source: Provenance): string {
  const head = `${source.kind} ${source.id}`;
  return source.detail === undefined || source.detail === '' ? head : `${head} — ${source.detail}`;
}
