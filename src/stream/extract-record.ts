import type { Extractor } from '../types';
import { readRecordFields } from './read-record-fields';
import type { ExtractErrorRecord, ExtractRecordOutput, RecordFieldOptions } from './record-types';

/** One record in, one record out: `{ id, entities }`, or `{ id, index, error }` instead of throwing. */
export function extractRecord(extractor: Extractor, record: unknown, index: number, options: RecordFieldOptions = {}): ExtractRecordOutput | ExtractErrorRecord {
  const fields = readRecordFields(record, options);
  if ('error' in fields) return { id: fields.id, index, error: fields.error };
  try {
    return { id: fields.id, entities: extractor.extract(fields.text) };
  } catch (error) {
    return { id: fields.id, index, error: `extraction failed: ${(error as Error).message}` };
  }
}
