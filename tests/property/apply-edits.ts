/** An edit of the original text: insert units before offset `at`, or replace the unit at `at`. */
export type TextEdit = { readonly kind: 'insert'; readonly at: number; readonly text: string } | { readonly kind: 'replace'; readonly at: number; readonly unit: string };

export interface EditedText {
  readonly text: string;
  /** Where an original offset lands in the edited text; insertions at an offset move it («وَروسيا»: the fatha after و pushes «روسيا» right). */
  readonly shift: (offset: number) => number;
}

/** Applies edits (at distinct offsets per kind) and returns the new text with its offset map. */
export function applyEdits(original: string, edits: readonly TextEdit[]): EditedText {
  const inserted = new Map<number, string>();
  const replaced = new Map<number, string>();
  for (const edit of edits) {
    if (edit.kind === 'insert') inserted.set(edit.at, (inserted.get(edit.at) ?? '') + edit.text);
    else replaced.set(edit.at, edit.unit);
  }
  const added = new Int32Array(original.length + 1);
  let text = '';
  let total = 0;
  for (let i = 0; i <= original.length; i++) {
    const insert = inserted.get(i);
    if (insert !== undefined) {
      text += insert;
      total += insert.length;
    }
    added[i] = total;
    if (i < original.length) text += replaced.get(i) ?? original[i];
  }
  return { text, shift: (offset) => offset + (added[offset] as number) };
}
