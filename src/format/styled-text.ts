import type { TerminalStyle } from './render-styled-line';

/** Text being assembled for the terminal, with one style slot per UTF-16 code unit. */
export interface StyledText {
  text: string;
  styles: Array<TerminalStyle | undefined>;
}

export function createStyledText(): StyledText {
  return { text: '', styles: [] };
}

export function appendStyled(target: StyledText, text: string, style?: TerminalStyle): void {
  target.text += text;
  for (let i = 0; i < text.length; i++) target.styles.push(style);
}

/** Cuts styled text into lines at \n (a \r before it is dropped). */
export function splitStyledLines(source: StyledText): StyledText[] {
  const lines: StyledText[] = [];
  let from = 0;
  for (let i = 0; i <= source.text.length; i++) {
    if (i < source.text.length && source.text[i] !== '\n') continue;
    const end = i > from && source.text[i - 1] === '\r' ? i - 1 : i;
    lines.push({ text: source.text.slice(from, end), styles: source.styles.slice(from, end) });
    from = i + 1;
  }
  return lines;
}
