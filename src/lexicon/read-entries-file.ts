import { readFileSync } from 'node:fs';
import type { LexiconEntryInput } from '../types';
import { LexiconError } from './lexicon-error';
import { validateEntryInputs } from './validate-entry-inputs';

/**
 * Reads custom lexicon entries from text: a JSON array of `{ type, name, variants?, id?, subtype? }`,
 * or JSON Lines (one entry per line, blank lines skipped). Every problem is a LexiconError naming
 * the file, the line and the entry; a file with any bad entry loads nothing.
 */
export function parseEntries(text: string, file = '<entries>'): LexiconEntryInput[] {
  const body = text.replace(/^\uFEFF/, '');
  const trimmed = body.trimStart();
  if (trimmed.startsWith('[')) {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch (error) {
      throw new LexiconError(`invalid JSON: ${(error as Error).message}`, { file, line: lineOfJsonError(body, error as Error) });
    }
    return validateEntryInputs(parsed, { file, lines: entryLines(body, Array.isArray(parsed) ? parsed.length : 0) });
  }
  const entries: unknown[] = [];
  const lines: number[] = [];
  body.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '') return;
    try {
      entries.push(JSON.parse(line));
    } catch (error) {
      throw new LexiconError(`invalid JSON: ${(error as Error).message}`, { file, line: i + 1 });
    }
    lines.push(i + 1);
  });
  return validateEntryInputs(entries, { file, lines });
}

/** Reads custom lexicon entries from a file (see `parseEntries`). */
export function readEntriesFile(path: string): LexiconEntryInput[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new LexiconError(`cannot read the file: ${(error as Error).message}`, { file: path });
  }
  return parseEntries(text, path);
}

/** The line where each top-level array element starts (for a pretty-printed JSON array). */
function entryLines(text: string, count: number): number[] {
  const lines: number[] = [];
  let depth = 0;
  let line = 1;
  let inString = false;
  for (let i = 0; i < text.length && lines.length < count; i++) {
    const c = text[i];
    if (c === '\n') line++;
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') {
      inString = true;
      if (depth === 1) lines.push(line);
    } else if (c === '{' || c === '[') {
      if (depth === 1) lines.push(line);
      depth++;
    } else if (c === '}' || c === ']') depth--;
    else if (depth === 1 && /[^\s,]/.test(c as string)) {
      lines.push(line);
      while (i + 1 < text.length && /[^\s,\]]/.test(text[i + 1])) i++;
    }
  }
  return lines;
}

/** V8 reports a JSON syntax error's position; turn it into a line number. */
function lineOfJsonError(text: string, error: Error): number | undefined {
  const match = /position (\d+)/.exec(error.message);
  if (!match) return undefined;
  return text.slice(0, Number(match[1])).split('\n').length;
}
