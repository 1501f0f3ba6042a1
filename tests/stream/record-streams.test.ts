import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { extractJsonl, extractRecords, extractStream, OutputError, type ExtractErrorRecord, type ExtractRecordOutput } from '../../src/stream';
import { annotate, TEST_OPTIONS } from './fixtures';

type Result = ExtractRecordOutput | ExtractErrorRecord;

const RECORDS: unknown[] = [
  { id: 'a', text: 'اكد علي شمخاني في موسكو' },
  { id: 'b' },
  { text: 'وروسيا وايران' },
  'not a record',
  { id: 'c', text: 42 },
  { id: 'd', text: 'لا شيء' },
];

/** What each record must give: annotated text for results, the error for the others. */
const EXPECTED = [
  ['a', 'اكد [علي شمخاني](PERSON) في [موسكو](PLACE)'],
  ['b', 'error 1: missing "text" field'],
  [null, 'و[روسيا](COUNTRY) و[ايران](COUNTRY)'],
  [null, 'error 3: expected a JSON object like {"id": …, "text": "…"}, got string'],
  ['c', 'error 4: "text" must be a string, got number'],
  ['d', 'لا شيء'],
];

function summarize(results: Result[]): unknown[][] {
  return results.map((r, i) => {
    if ('error' in r) return [r.id, `error ${r.index}: ${r.error}`];
    return [r.id, annotate((RECORDS[i] as { text: string }).text, r.entities)];
  });
}

describe('extractRecords', () => {
  test('one result per record, in order, errors as records', async () => {
    const results: Result[] = [];
    for await (const r of extractRecords(RECORDS, TEST_OPTIONS)) results.push(r);
    expect(summarize(results)).toEqual(EXPECTED);
  });

  test('accepts async iterables and custom fields', async () => {
    async function* rows(): AsyncGenerator<unknown> {
      yield { key: 7, body: 'في موسكو' };
    }
    const results: Result[] = [];
    for await (const r of extractRecords(rows(), { ...TEST_OPTIONS, textField: 'body', idField: 'key' })) results.push(r);
    expect(results).toMatchObject([{ id: 7, entities: [{ text: 'موسكو', type: 'PLACE' }] }]);
  });

  test('bad options throw at once, before any record is read', () => {
    expect(() => extractRecords([], { types: ['NOPE' as 'PERSON'] })).toThrow(/NOPE/);
  });
});

describe('extractStream', () => {
  test('an object-mode Transform: one result per record, in order', async () => {
    const results: Result[] = [];
    await pipeline(
      Readable.from(RECORDS),
      extractStream(TEST_OPTIONS),
      new Writable({
        objectMode: true,
        write(result: Result, _encoding, callback) {
          results.push(result);
          callback();
        },
      }),
    );
    expect(summarize(results)).toEqual(EXPECTED);
  });
});

describe('extractJsonl (in-process)', () => {
  test('lines in, lines out, failures reported through the callback', async () => {
    const input = RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n';
    let output = '';
    const failures: number[] = [];
    const summary = await extractJsonl(
      Readable.from([Buffer.from(input)]),
      new Writable({
        write(chunk: Buffer, _encoding, callback) {
          output += chunk.toString();
          callback();
        },
      }),
      { ...TEST_OPTIONS, onFailure: (f) => failures.push(f.line) },
    );
    const lines = output.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: unknown; line?: number; error?: string });
    expect(lines.map((l) => [l.id, l.line ?? null])).toEqual([
      ['a', null],
      ['b', 2],
      [null, null],
      [null, 4],
      ['c', 5],
      ['d', null],
    ]);
    expect(failures).toEqual([2, 4, 5]);
    expect(summary).toMatchObject({ records: 6, failed: 3, outputClosed: false });
  });

  test('a reader that goes away (EPIPE) stops the job quietly', async () => {
    const many = Array.from({ length: 20000 }, (_, i) => JSON.stringify({ id: i, text: 'روسيا' })).join('\n');
    let writes = 0;
    const output = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, callback) {
        writes += 1;
        callback(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
      },
    });
    const summary = await extractJsonl(Readable.from([Buffer.from(many)]), output, { ...TEST_OPTIONS, batchBytes: 1024 });
    expect(summary.outputClosed).toBe(true);
    expect(summary.records).toBeLessThan(20000);
    expect(writes).toBe(1);
  });

  /** A Writable collecting what it is given, with its end seen. */
  function collector(): { stream: Writable; text: () => string } {
    let text = '';
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        text += chunk.toString();
        callback();
      },
    });
    return { stream, text: () => text };
  }

  test('ends the output and resolves once it has finished (as stream.pipeline does)', async () => {
    const out = collector();
    let finishedFirst = false;
    out.stream.on('finish', () => (finishedFirst = true));
    await extractJsonl(Readable.from(['{"id":1,"text":"روسيا"}\n']), out.stream, TEST_OPTIONS);
    expect(finishedFirst).toBe(true);
    expect(out.stream.writableFinished).toBe(true);
    expect(out.text()).toMatch(/^\{"id":1,"entities":\[/);
  });

  test('end: false keeps the output open: twelve inputs into one stream, no listener left behind, no warning', async () => {
    const out = collector();
    const warnings: Error[] = [];
    const onWarning = (warning: Error): number => warnings.push(warning);
    process.on('warning', onWarning);
    const listeners = out.stream.listenerCount('error');
    try {
      for (let i = 0; i < 12; i++) await extractJsonl(Readable.from([`{"id":${i},"text":"في موسكو"}\n`]), out.stream, { ...TEST_OPTIONS, end: false });
      await new Promise((resolve) => setImmediate(resolve));
    } finally {
      process.off('warning', onWarning);
    }
    expect(out.stream.listenerCount('error')).toBe(listeners);
    expect(warnings.map((w) => w.name)).toEqual([]);
    expect(out.stream.writableEnded).toBe(false);
    expect(out.text().trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: number }).id)).toEqual([...Array(12).keys()]);
  });

  test('an output that fails (a full disk) rejects with an OutputError naming it, not the input', async () => {
    const output = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' }));
      },
    });
    const run = extractJsonl(Readable.from(['{"id":1,"text":"روسيا"}\n']), output, TEST_OPTIONS);
    await expect(run).rejects.toThrow(OutputError);
    await expect(run).rejects.toMatchObject({ message: 'cannot write output: no space left on device', code: 'ENOSPC' });
  });

  test('an input that fails mid-stream rejects with its error after writing what was read before it', async () => {
    async function* failing(): AsyncGenerator<string> {
      yield '{"id":1,"text":"روسيا"}\n';
      throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
    }
    const out = collector();
    await expect(extractJsonl(failing(), out.stream, TEST_OPTIONS)).rejects.toMatchObject({ code: 'EIO' });
    expect(out.text()).toMatch(/^\{"id":1,"entities":\[/);
  });
});
