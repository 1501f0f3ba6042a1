import type { RecordFieldOptions } from './record-types';
import { describeValue } from '../describe-value';

export type RecordFields = { readonly id: unknown; readonly text: string } | { readonly id: unknown; readonly error: string };

/**
 * Takes the id and the text out of one parsed record, or says what is wrong with it:
 * `{"id": 7}` → missing "text"; `{"id": 7, "text": 3}` → "text" must be a string, got number.
 * A missing id is `null`, so results and errors always carry an `id` key.
 */
export function readRecordFields(value: unknown, options: RecordFieldOptions = {}): RecordFields {
  const textField = options.textField ?? 'text';
  const idField = options.idField ?? 'id';
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { id: null, error: `expected a JSON object like {"${idField}": …, "${textField}": "…"}, got ${describeValue(value)}` };
  }
  const record = value as Record<string, unknown>;
  const id = Object.prototype.hasOwnProperty.call(record, idField) && record[idField] !== undefined ? record[idField] : null;
  if (!Object.prototype.hasOwnProperty.call(record, textField)) return { id, error: `missing "${textField}" field` };
  const text = record[textField];
  if (typeof text !== 'string') return { id, error: `"${textField}" must be a string, got ${describeValue(text)}` };
  return { id, text };
}
