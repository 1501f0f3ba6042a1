/**
 * Joins docs with newlines until `chars` characters, cut back to the last sentence end so
 * a size-scaled document never ends mid-word.
 */
export function takeText(docs: readonly string[], chars: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < chars; i = (i + 1) % docs.length) {
    const doc = docs[i] as string;
    parts.push(doc);
    size += doc.length + 1;
  }
  const text = parts.join('\n').slice(0, chars);
  const cut = text.lastIndexOf('\n');
  return cut > chars / 2 ? text.slice(0, cut) : text;
}
