import { isUtf8 } from 'node:buffer';
import { toEntityRecord } from '../format/entity-record';
import type { Extractor } from '../types';
import { decodeUtf8 } from './decode-utf8';
import { readRecordFields } from './read-record-fields';
import type { JsonlFailure, JsonlUtf8Damage, RecordFieldOptions } from './record-types';

/** A run of whole JSONL lines: `bytes` ends with \n except for the last line of an input. */
export interface JsonlBatch {
  readonly bytes: Uint8Array;
  /** Line number (from 1) of the first line of the batch. */
  readonly firstLine: number;
  /** Byte offset of the batch in the input. */
  readonly byteOffset: number;
}

export interface JsonlBatchResult {
  /** One output line per input line, each ending with \n. */
  readonly output: string;
  readonly records: number;
  readonly failures: JsonlFailure[];
  readonly utf8: JsonlUtf8Damage;
}

export interface JsonlBatchOptions extends RecordFieldOptions {
  readonly explain?: boolean;
}

const NEWLINE = 0x0a;
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Turns each input line into exactly one output line: `{"id", "entities"}`, or an error record
 * `{"id", "line", "error"}` for a line that is empty, not JSON, not an object, or has no string text.
 * Invalid UTF-8 is decoded as U+FFFD and reported in `utf8`. Pure and synchronous, so the same code
 * runs in the calling thread and in worker threads.
 */
export function processJsonlBatch(batch: JsonlBatch, extractor: Extractor, options: JsonlBatchOptions = {}): JsonlBatchResult {
  const { bytes } = batch;
  const failures: JsonlFailure[] = [];
  let utf8: JsonlUtf8Damage = { count: 0, firstOffset: -1, firstLine: 0 };
  const lines: string[] = [];
  if (isUtf8(bytes)) {
    const text = decoder.decode(bytes);
    const parts = text.split('\n');
    const count = text.endsWith('\n') ? parts.length - 1 : parts.length;
    for (let i = 0; i < count; i++) lines.push(parts[i] as string);
  } else {
    let start = 0;
    while (start < bytes.length) {
      const newline = bytes.indexOf(NEWLINE, start);
      const end = newline === -1 ? bytes.length : newline;
      const decoded = decodeUtf8(bytes, start, end);
      if (decoded.count > 0) {
        utf8 = {
          count: utf8.count + decoded.count,
          firstOffset: utf8.count > 0 ? utf8.firstOffset : batch.byteOffset + start + decoded.firstOffset,
          firstLine: utf8.count > 0 ? utf8.firstLine : batch.firstLine + lines.length,
        };
      }
      lines.push(decoded.text);
      start = end + 1;
    }
  }
  let output = '';
  for (let i = 0; i < lines.length; i++) {
    const lineNumber = batch.firstLine + i;
    let line = lines[i] as string;
    // A byte order mark may open the first line of a file; it is not part of the JSON.
    if (lineNumber === 1 && batch.byteOffset === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    const result = processLine(line, extractor, options);
    if ('json' in result) {
      output += result.json + '\n';
      continue;
    }
    let failure = { line: lineNumber, id: result.id, message: result.error };
    let record = writeJson({ id: failure.id, line: lineNumber, error: failure.message });
    if (record === undefined) {
      failure = { line: lineNumber, id: null, message: `${failure.message}; ${UNWRITABLE_ID}` };
      record = JSON.stringify({ id: null, line: lineNumber, error: failure.message });
    }
    failures.push(failure);
    output += record + '\n';
  }
  return { output, records: lines.length, failures, utf8 };
}

/**
 * An id is any JSON value, and `{"id": [[[…]]]}` nested some thousands deep is valid JSON that
 * JSON.parse reads but JSON.stringify cannot write back (it recurses, and runs out of stack — sooner
 * in a worker thread than in the main one). Ids deeper than MAX_ID_DEPTH are refused the same way on
 * every thread, so the output does not depend on --workers.
 */
const MAX_ID_DEPTH = 256;
const UNWRITABLE_ID = `its "id" nests deeper than ${MAX_ID_DEPTH} levels (written as null)`;

function processLine(line: string, extractor: Extractor, options: JsonlBatchOptions): { json: string } | { id: unknown; error: string } {
  if (line.trim() === '') return { id: null, error: 'empty line' };
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { id: null, error: `invalid JSON: ${(error as Error).message}` };
  }
  const fields = readRecordFields(value, options);
  if (nestingDepth(fields.id) > MAX_ID_DEPTH) return { id: null, error: 'error' in fields ? `${fields.error}; ${UNWRITABLE_ID}` : UNWRITABLE_ID };
  if ('error' in fields) return fields;
  let entities;
  try {
    entities = extractor.extract(fields.text).map((e) => toEntityRecord(e, options));
  } catch (error) {
    return { id: fields.id, error: `extraction failed: ${(error as Error).message}` };
  }
  const json = writeJson({ id: fields.id, entities });
  return json === undefined ? { id: null, error: UNWRITABLE_ID } : { json };
}

/** How deeply arrays and objects nest in a parsed JSON value (0 for a scalar), without recursing. */
function nestingDepth(value: unknown): number {
  if (typeof value !== 'object' || value === null) return 0;
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 1]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [unknown, number];
    if (depth > deepest) deepest = depth;
    if (deepest > MAX_ID_DEPTH) break;
    for (const child of Object.values(node as object)) if (typeof child === 'object' && child !== null) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** JSON.stringify, or undefined when the value nests too deeply to be written (a RangeError). */
function writeJson(value: unknown): string | undefined {
  try {
    return JSON.stringify(value);
  } catch (error) {
    if (error instanceof RangeError) return undefined;
    throw error;
  }
}
