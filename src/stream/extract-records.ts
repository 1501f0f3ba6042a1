import { createExtractor } from '../extractor';
import { extractRecord } from './extract-record';
import type { ExtractErrorRecord, ExtractRecordOutput, RecordStreamOptions } from './record-types';

/**
 * Extracts entities from each `{ id, text }` record of an iterable or async iterable, yielding exactly
 * one result per record, in order; a bad record yields `{ id, index, error }` and the loop goes on:
 *
 *   for await (const r of extractRecords(rows)) if ('error' in r) log(r); else save(r.id, r.entities);
 *
 * The extractor is built once, before the first record is read, so bad options throw at once.
 */
export function extractRecords(
  records: Iterable<unknown> | AsyncIterable<unknown>,
  options: RecordStreamOptions = {},
): AsyncGenerator<ExtractRecordOutput | ExtractErrorRecord> {
  const { textField, idField, ...extractorOptions } = options;
  const extractor = createExtractor(extractorOptions);
  const fields = { ...(textField === undefined ? {} : { textField }), ...(idField === undefined ? {} : { idField }) };
  return (async function* generate() {
    let index = 0;
    for await (const record of records) {
      yield extractRecord(extractor, record, index, fields);
      index += 1;
    }
  })();
}
