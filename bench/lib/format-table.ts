/** Renders a Markdown table; `align` holds 'l' or 'r' per column (numbers right-aligned). */
export function formatTable(
  headers: readonly string[],
  rows: readonly (readonly (string | number | undefined | null)[])[],
  align: readonly ('l' | 'r')[] = headers.map((_, i) => (i === 0 ? 'l' : 'r')),
): string {
  const cells = [headers, ...rows].map((row) => row.map((c) => (c === undefined || c === null ? '' : String(c))));
  const widths = headers.map((_, i) => Math.max(3, ...cells.map((row) => [...(row[i] ?? '')].length)));
  const pad = (text: string, i: number): string => {
    const fill = ' '.repeat((widths[i] ?? 0) - [...text].length);
    return align[i] === 'r' ? fill + text : text + fill;
  };
  const line = (row: readonly string[]): string => `| ${row.map(pad).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w + 1)}:` : `:${'-'.repeat(w + 1)}`)).join('|')}|`;
  return [line(cells[0] ?? []), rule, ...cells.slice(1).map(line)].join('\n');
}

/** Fixed decimals with thousands separators; '—' for missing numbers. */
export function formatNumber(value: number | undefined | null, digits = 1): string {
  if (value === undefined || value === null || Number.isNaN(value)) return '—';
  return value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A speed ratio as «×12.3» (how many times faster). */
export function formatRatio(value: number | undefined | null): string {
  if (value === undefined || value === null || !Number.isFinite(value)) return '—';
  return `×${formatNumber(value, value >= 100 ? 0 : 1)}`;
}
