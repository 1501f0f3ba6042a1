/**
 * The annotated-string notation of the tests: `'اكد [علي شمخاني](PERSON) في [موسكو](PLACE)'`.
 * `renderAnnotated` writes spans into their text this way, so a test compares two readable strings
 * instead of lists of offsets; `parseAnnotated` reads the notation back into text and spans.
 */
export interface Span {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}

export function renderAnnotated(text: string, spans: readonly Span[]): string {
  let out = '';
  let at = 0;
  for (const span of [...spans].sort((a, b) => a.start - b.start)) {
    out += `${text.slice(at, span.start)}[${text.slice(span.start, span.end)}](${span.type})`;
    at = span.end;
  }
  return out + text.slice(at);
}

export function parseAnnotated(source: string): { text: string; spans: Span[] } {
  const spans: Span[] = [];
  let text = '';
  const pattern = /\[([^\]]+)\]\(([A-Z]+)\)/g;
  let at = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    text += source.slice(at, match.index);
    const start = text.length;
    text += match[1] as string;
    spans.push({ type: match[2] as string, start, end: text.length });
    at = match.index + match[0].length;
  }
  return { text: text + source.slice(at), spans };
}
