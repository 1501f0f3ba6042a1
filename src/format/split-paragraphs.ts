import type { Entity } from '../types';

/**
 * Half-open ranges of the paragraphs of `text`: runs separated by a blank line, trimmed of the
 * surrounding whitespace. A blank line inside an entity (which would cut its highlight in two)
 * does not split.
 */
export function splitParagraphs(text: string, entities: readonly Entity[]): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = [];
  const separator = /\n[^\S\n]*\n\s*/g;
  let from = 0;
  for (let match = separator.exec(text); match !== null; match = separator.exec(text)) {
    const cut = match.index;
    const resume = cut + match[0].length;
    if (entities.some((e) => e.start < resume && e.end > cut)) continue;
    pushTrimmed(text, from, cut, ranges);
    from = resume;
  }
  pushTrimmed(text, from, text.length, ranges);
  return ranges;
}

function pushTrimmed(text: string, start: number, end: number, ranges: Array<readonly [number, number]>): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (s < e) ranges.push([s, e]);
}
