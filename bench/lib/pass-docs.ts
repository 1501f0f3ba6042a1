import type { BenchSystem } from './bench-types';
import { nowMs } from './now-ms';

export interface DocsPass {
  readonly ms: number;
  readonly count: number;
  readonly chars: number;
  readonly bytes: number;
  readonly entities: number;
}

/**
 * One timed pass of `system.extract` over docs[0, limit), stopping early once `budgetMs`
 * is spent (so slow peers cover a prefix; the shuffled corpus keeps a prefix representative).
 * Returns the time, how many documents and characters were done and how many entities came out.
 */
export async function passDocs(system: BenchSystem, docs: readonly string[], { limit = docs.length, budgetMs: budget = null }: { readonly limit?: number; readonly budgetMs?: number | null } = {}): Promise<DocsPass> {
  // JSON has no Infinity: a missing or null budget means «the whole corpus».
  const budgetMs = budget === null ? Infinity : budget;
  let count = 0;
  let chars = 0;
  let bytes = 0;
  let entities = 0;
  const t0 = nowMs();
  if (system.isAsync) {
    for (; count < limit; count += 1) {
      const doc = docs[count] as string;
      entities += (await system.extract(doc)).length;
      chars += doc.length;
      if (nowMs() - t0 > budgetMs) {
        count += 1;
        break;
      }
    }
  } else {
    for (; count < limit; count += 1) {
      const doc = docs[count] as string;
      entities += (system.extract(doc) as readonly unknown[]).length;
      chars += doc.length;
      if (budgetMs !== Infinity && nowMs() - t0 > budgetMs) {
        count += 1;
        break;
      }
    }
  }
  const ms = nowMs() - t0;
  for (let i = 0; i < count; i += 1) bytes += Buffer.byteLength(docs[i] as string, 'utf8');
  return { ms, count, chars, bytes, entities };
}
