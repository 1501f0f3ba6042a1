/**
 * Keeps one record per line and one field per column: backslash, tab, newline and carriage return
 * are written as `\\`, `\t`, `\n`, `\r` (the convention of PostgreSQL COPY and Hive text files).
 */
export function escapeTsvField(value: string): string {
  return value.replace(/[\\\t\n\r]/g, (c) => TSV_ESCAPES[c] ?? c);
}

const TSV_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
