import { readFileSync } from 'node:fs';

/** Reads the bench's docs.jsonl (`{"id","text"}` per line) into an array of texts. */
export function readDocs(file: string): string[] {
  const docs: string[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (line === '') return;
      let row: { text?: unknown };
      try {
        row = JSON.parse(line) as { text?: unknown };
      } catch (err) {
        throw new Error(`${file}:${i + 1}: not JSON (${(err as Error).message})`);
      }
      if (typeof row.text !== 'string') throw new Error(`${file}:${i + 1}: missing "text" string`);
      docs.push(row.text);
    });
  return docs;
}
