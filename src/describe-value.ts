/** What a bad argument was, for TypeError messages: `expected text to be a string, got number`, `got an array`, `got null`. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
