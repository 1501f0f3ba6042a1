import { Transform, type TransformCallback } from 'node:stream';
import { createExtractor } from '../extractor';
import { extractRecord } from './extract-record';
import type { RecordStreamOptions } from './record-types';

/**
 * An object-mode Transform from `{ id, text }` records to `{ id, entities }` results — one out per one
 * in, in order, backpressure included — for `pipeline(source, extractStream(), sink)`. A bad record
 * becomes `{ id, index, error }`; the stream never errors because of its input.
 */
export function extractStream(options: RecordStreamOptions = {}): Transform {
  const { textField, idField, ...extractorOptions } = options;
  const extractor = createExtractor(extractorOptions);
  const fields = { ...(textField === undefined ? {} : { textField }), ...(idField === undefined ? {} : { idField }) };
  let index = 0;
  return new Transform({
    objectMode: true,
    transform(record: unknown, _encoding: BufferEncoding, callback: TransformCallback): void {
      callback(null, extractRecord(extractor, record, index, fields));
      index += 1;
    },
  });
}
