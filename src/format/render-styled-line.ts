import type { EntityType } from '../types';
import { orderVisually, type ParagraphDirection } from './order-visually';
import { shapeArabic } from './shape-arabic';

/** How a character is drawn in the terminal: in its entity type's colour, dimmed, bold, or plain. */
export type TerminalStyle = EntityType | 'dim' | 'bold';

export interface RenderLineOptions {
  readonly color: boolean;
  readonly shape: boolean;
  readonly direction: ParagraphDirection;
  /** Without colour, mark each entity-styled run as `[text](TYPE)` — after reordering, so the marks stay around their run. */
  readonly annotate?: boolean;
}

const ENTITY_STYLES: ReadonlySet<TerminalStyle> = new Set(['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE', 'NATIONALITY']);

const ANSI_CODES: Readonly<Record<TerminalStyle, string>> = {
  PERSON: '1;35',
  COUNTRY: '1;32',
  ORGANIZATION: '1;36',
  PLACE: '1;33',
  NATIONALITY: '1;34',
  dim: '2',
  bold: '1',
};

const RESET = '\u001b[0m';

/**
 * Draws one line whose code unit i has style `styles[i]`. With `shape`, Arabic letters are reshaped
 * and the line reordered for terminals that print left to right without bidi support; styles follow
 * their characters through both steps. Escape codes are emitted only with `color`.
 */
export function renderStyledLine(text: string, styles: ReadonlyArray<TerminalStyle | undefined>, options: RenderLineOptions): string {
  const pieces: Array<{ text: string; style: TerminalStyle | undefined }> = [];
  if (options.shape) {
    const shaped = shapeArabic(text);
    for (const cluster of orderVisually(shaped.text, options.direction)) {
      const source = shaped.sourceIndex[cluster.start];
      pieces.push({ text: cluster.mirrored ?? shaped.text.slice(cluster.start, cluster.end), style: styles[source] });
    }
  } else {
    for (let i = 0; i < text.length; i++) pieces.push({ text: text[i] as string, style: styles[i] });
  }
  if (!options.color) return options.annotate === true ? annotateRuns(pieces) : pieces.map((p) => p.text).join('');
  let out = '';
  let current: TerminalStyle | undefined;
  for (const piece of pieces) {
    if (piece.style !== current) {
      if (current !== undefined) out += RESET;
      if (piece.style !== undefined) out += `\u001b[${ANSI_CODES[piece.style]}m`;
      current = piece.style;
    }
    out += piece.text;
  }
  return current === undefined ? out : out + RESET;
}

function annotateRuns(pieces: ReadonlyArray<{ text: string; style: TerminalStyle | undefined }>): string {
  let out = '';
  let open: TerminalStyle | undefined;
  for (const piece of pieces) {
    const style = piece.style !== undefined && ENTITY_STYLES.has(piece.style) ? piece.style : undefined;
    if (style !== open) {
      if (open !== undefined) out += `](${open})`;
      if (style !== undefined) out += '[';
      open = style;
    }
    out += piece.text;
  }
  return open === undefined ? out : `${out}](${open})`;
}
