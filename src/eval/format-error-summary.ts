import type { ErrorGroup, EvalErrorKind } from './types';

export type SummaryFormat = 'text' | 'markdown';

const SECTIONS: readonly { kind: EvalErrorKind; title: string }[] = [
  { kind: 'false-positive', title: 'false positives' },
  { kind: 'miss', title: 'misses' },
  { kind: 'type-confusion', title: 'type confusions' },
];

/** The top `limit` groups of each kind (false positives, misses, type confusions), with one example each. */
export function formatErrorSummary(groups: readonly ErrorGroup[], limit: number, format: SummaryFormat): string {
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit must be a non-negative integer, got ${limit}`);
  return SECTIONS.map(({ kind, title }) => {
    const ofKind = groups.filter((group) => group.kind === kind);
    const total = ofKind.reduce((sum, group) => sum + group.count, 0);
    const heading = `${title}: ${total} (${ofKind.length} distinct), top ${Math.min(limit, ofKind.length)}`;
    const shown = ofKind.slice(0, limit);
    return format === 'markdown' ? markdownSection(heading, shown) : textSection(heading, shown);
  }).join('\n');
}

function textSection(heading: string, groups: readonly ErrorGroup[]): string {
  const lines = groups.map((group) => {
    const { example } = group;
    return (
      `${String(group.count).padStart(6)}  ${types(group).padEnd(9)} «${group.text}»  ` +
      `e.g. sentence ${example.sentence} (line ${example.line}): ${example.context}${overlapText(group)}`
    );
  });
  return `${heading}\n${lines.map((line) => `${line}\n`).join('')}`;
}

function markdownSection(heading: string, groups: readonly ErrorGroup[]): string {
  const rows = groups.map((group) => {
    const { example } = group;
    const cells = [
      String(group.count),
      `«${escapeCell(group.text)}»`,
      types(group),
      `${example.sentence}:${example.line}`,
      escapeCell(example.context + overlapText(group)),
    ];
    return `| ${cells.join(' | ')} |`;
  });
  if (rows.length === 0) return `**${heading}**\n`;
  const header = ['| count | chunk | gold→predicted | sentence:line | example |', '|--:|:--|:--|--:|:--|'];
  return [`**${heading}**`, '', ...header, ...rows, ''].join('\n');
}

/** `LOC→` for a missed LOC, `→PER` for a false PER, `ORG→LOC` for an ORG taken for a LOC. */
function types(group: ErrorGroup): string {
  return `${group.gold ?? ''}→${group.predicted ?? ''}`;
}

function overlapText(group: ErrorGroup): string {
  const { overlaps } = group.example;
  if (overlaps.length === 0) return '';
  return `  (overlaps ${overlaps.map((note) => `${note.type} «${note.text}»`).join(', ')})`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|');
}
