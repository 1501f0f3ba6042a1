import type { OptionSpec } from './parse-args';

/** The option list of a help text: `  -f, --format FORMAT   description`, aligned. */
export function formatOptionHelp(specs: readonly OptionSpec[]): string {
  const heads = specs.map((s) => {
    const names = `${s.short === undefined ? '    ' : `-${s.short}, `}--${s.name}`;
    return s.kind === 'flag' ? names : `${names} ${s.valueName ?? 'VALUE'}`;
  });
  const width = Math.min(34, Math.max(...heads.map((h) => h.length)) + 2);
  return specs
    .map((s, i) => {
      const head = heads[i] as string;
      return head.length + 2 > width ? `  ${head}\n  ${' '.repeat(width)}${s.description}` : `  ${head.padEnd(width)}${s.description}`;
    })
    .join('\n');
}
