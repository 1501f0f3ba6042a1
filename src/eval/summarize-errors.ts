import type { ErrorGroup, EvalError } from './types';

/**
 * Groups errors by kind, chunk text and types, most frequent first (ties keep first-occurrence
 * order), so the fixes that pay most come first: e.g. 14 misses of LOC «واشنطن» before one of «لاهاي».
 */
export function summarizeErrors(errors: readonly EvalError[]): ErrorGroup[] {
  const groups = new Map<string, { example: EvalError; sentences: number[] }>();
  for (const error of errors) {
    const key = [error.kind, error.text, error.gold ?? '', error.predicted ?? ''].join('\t');
    const group = groups.get(key);
    if (group === undefined) groups.set(key, { example: error, sentences: [error.sentence] });
    else group.sentences.push(error.sentence);
  }
  return [...groups.values()]
    .map(({ example, sentences }) => ({
      kind: example.kind,
      text: example.text,
      gold: example.gold,
      predicted: example.predicted,
      count: sentences.length,
      example,
      sentences,
    }))
    .sort((a, b) => b.count - a.count);
}

/** The `limit` most frequent groups of each kind (`groups` sorted as summarizeErrors sorts them), for JSON output. */
export function topGroups(groups: readonly ErrorGroup[], limit: number): ErrorGroup[] {
  const taken = new Map<string, number>();
  return groups.filter((group) => {
    const seen = taken.get(group.kind) ?? 0;
    taken.set(group.kind, seen + 1);
    return seen < limit;
  });
}
