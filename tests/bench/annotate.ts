/** Renders spans into a string as `[text](TYPE)`, the project's annotated-string test notation. */
export function annotate(text: string, spans: readonly { type: string; start: number; end: number }[]): string {
  let out = '';
  let at = 0;
  for (const s of [...spans].sort((a, b) => a.start - b.start)) {
    out += `${text.slice(at, s.start)}[${text.slice(s.start, s.end)}](${s.type})`;
    at = s.end;
  }
  return out + text.slice(at);
}
