import { UsageError } from './usage-error';

/** A command-line option: a `flag` (no value), a `value` (last one wins) or a `repeat`able value. */
export interface OptionSpec {
  readonly name: string;
  readonly short?: string;
  readonly kind: 'flag' | 'value' | 'repeat';
  readonly valueName?: string;
  readonly description: string;
}

export interface ParsedArgs {
  readonly positionals: readonly string[];
  flag(name: string): boolean;
  value(name: string): string | undefined;
  values(name: string): readonly string[];
}

/**
 * Parses `argv` against `specs`: `--name value`, `--name=value`, `-n value`, flags, `--` to end options,
 * and `-` as a positional (stdin). Throws UsageError naming the command for anything unknown.
 */
export function parseArgs(argv: readonly string[], specs: readonly OptionSpec[], command: string): ParsedArgs {
  const byName = new Map(specs.map((s) => [s.name, s]));
  const byShort = new Map(specs.filter((s) => s.short !== undefined).map((s) => [s.short as string, s]));
  const flags = new Set<string>();
  const values = new Map<string, string[]>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      positionals.push(arg);
      continue;
    }
    const long = arg.startsWith('--');
    const equals = long ? arg.indexOf('=') : -1;
    const key = equals === -1 ? (long ? arg.slice(2) : arg.slice(1)) : arg.slice(2, equals);
    const spec = long ? byName.get(key) : byShort.get(key);
    const shown = equals === -1 ? arg : arg.slice(0, equals);
    if (spec === undefined) throw new UsageError(`unknown option '${shown}' for '${command}'${suggest(key, specs)}`);
    if (spec.kind === 'flag') {
      if (equals !== -1) throw new UsageError(`option '${shown}' takes no value`);
      flags.add(spec.name);
      continue;
    }
    let value: string;
    if (equals !== -1) {
      value = arg.slice(equals + 1);
    } else {
      const next = argv[i + 1];
      if (next === undefined) throw new UsageError(`option '${shown}' needs a value (${spec.valueName ?? 'VALUE'})`);
      value = next;
      i += 1;
    }
    const list = values.get(spec.name) ?? [];
    list.push(value);
    values.set(spec.name, list);
  }
  return {
    positionals,
    flag: (name) => flags.has(name),
    value: (name) => values.get(name)?.at(-1),
    values: (name) => values.get(name) ?? [],
  };
}

/** «did you mean» for a near miss: `--formta` → `--format`. */
function suggest(key: string, specs: readonly OptionSpec[]): string {
  let best: { name: string; distance: number } | undefined;
  for (const spec of specs) {
    const distance = editDistance(key, spec.name);
    if (distance <= 2 && (best === undefined || distance < best.distance)) best = { name: spec.name, distance };
  }
  return best === undefined ? '' : ` (did you mean '--${best.name}'?)`;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost));
    }
    previous = current;
  }
  return previous[b.length];
}
