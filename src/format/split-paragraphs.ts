import type { Entity } from '../types';

/**
 * Half-open ranges of the paragraphs of `text`: runs separated by a blank line, trimmed of the
 * surrounding whitespace. A blank line inside an entity (which would cut its highlight in two)
 * does not split. `text` may be a part of a document starting at `textOffset`; the entities and the
 * ranges returned are in document offsets.
 */
export function splitParagraphs(text: string, entities: readonly Entity[], textOffset = 0): Array<readonly [number, number]> {
  const ranges: Array<readonly [number, number]> = [];
  const separator = /\n[^\S\n]*\n\s*/g;
  let from = 0;
  let next = 0;
  const ordered = [...entities].sort((a, b) => a.start - b.start);
  for (let match = separator.exec(text); match !== null; match = separator.exec(text)) {
    const cut = match.index + textOffset;
    const resume = cut + match[0].length;
    while (next < ordered.length && (ordered[next] as Entity).end <= cut) next++;
    if (next < ordered.length && (ordered[next] as Entity).start < resume) continue;
    pushTrimmed(text, from, match.index, ranges, textOffset);
    from = match.index + match[0].length;
  }
  pushTrimmed(text, from, text.length, ranges, textOffset);
  return ranges;
}

function pushTrimmed(text: string, start: number, end: number, ranges: Array<readonly [number, number]>, textOffset: number): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s++;
  while (e > s && /\s/.test(text[e - 1] as string)) e--;
  if (s < e) ranges.push([s + textOffset, e + textOffset]);
}
