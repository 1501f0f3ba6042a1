/**
 * The tagger's labels: BIO over the corpora's four classes. MISC is learned so that the words of a
 * film or a war («حرب الخليج») are not forced into another class; it is never returned.
 */
export const LABELS = ['O', 'B-PER', 'I-PER', 'B-LOC', 'I-LOC', 'B-ORG', 'I-ORG', 'B-MISC', 'I-MISC'] as const;
export type Label = (typeof LABELS)[number];
export const LABEL_COUNT = LABELS.length;
export const OUTSIDE = 0;

/** The class of a label (1 PER, 2 LOC, 3 ORG, 4 MISC), 0 for O. */
export function labelClass(label: number): number {
  return (label + 1) >> 1;
}

/** True for B-X labels. */
export function isBegin(label: number): boolean {
  return label > 0 && (label & 1) === 1;
}

/**
 * Whether `next` may follow `previous` (-1: the first token of a line). I-X only continues B-X or
 * I-X of the same class: «[بوتين]» cannot open with I-PER, nor «حزب» I-ORG follow B-PER.
 */
export function isValidTransition(previous: number, next: number): boolean {
  if (next === OUTSIDE || isBegin(next)) return true;
  return previous > 0 && labelClass(previous) === labelClass(next);
}

/** The label of a gold tag («B-PER» → 1), or -1 when the tag is not one of LABELS. */
export function labelOf(tag: string): number {
  return (LABELS as readonly string[]).indexOf(tag);
}
