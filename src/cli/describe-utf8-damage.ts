import { displayName } from './display-name';

/** The stderr warning for invalid UTF-8 in an input: what was replaced, how often, and where first. */
export function describeUtf8Damage(name: string, count: number, firstOffset: number, firstLine?: number): string {
  const where = firstLine === undefined ? `byte ${firstOffset}` : `byte ${firstOffset}, line ${firstLine}`;
  const what = count === 1 ? '1 invalid UTF-8 sequence' : `${count} invalid UTF-8 sequences`;
  return `${displayName(name)}: ${what} replaced with U+FFFD (first at ${where})`;
}
