import type { EntityType } from '../types';

/**
 * Per-type highlight: a light background (near-black text on it is far above the WCAG AA 4.5:1 ratio)
 * plus a distinct underline style, so types differ by more than colour alone (WCAG 1.4.1).
 */
export const HTML_TYPE_STYLES: Readonly<Record<EntityType, { readonly background: string; readonly underline: string }>> = {
  PERSON: { background: '#ffd9e8', underline: '2px solid #a3174f' },
  COUNTRY: { background: '#d3f2d9', underline: '3px double #1d6b33' },
  ORGANIZATION: { background: '#d6e6ff', underline: '2px dashed #1f4f99' },
  PLACE: { background: '#ffebbf', underline: '2px dotted #8a5300' },
  NATIONALITY: { background: '#e9e0ff', underline: '2px solid #5b3aa6' },
};

/** Text colour used on every highlight and badge. */
export const HTML_TEXT_COLOR = '#161616';
