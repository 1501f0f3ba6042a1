import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import type * as Alam from '../../src/stream';
import { TEST_OPTIONS } from './fixtures';

// Worker threads run compiled code (dist/stream/jsonl-worker.js), so this suite uses the built package.
const DIST = join(__dirname, '..', '..', 'dist', 'stream', 'index.js');

function loadDist(): typeof Alam {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run npm run build before this test`);
  return require(DIST) as typeof Alam;
}

async function run(workers: number, input: string): Promise<{ output: string; summary: Alam.JsonlSummary }> {
  let output = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      output += chunk.toString();
      callback();
    },
  });
  const summary = await loadDist().extractJsonl(Readable.from([Buffer.from(input)]), sink, { ...TEST_OPTIONS, workers, batchBytes: 2048 });
  return { output, summary };
}

test('workers: the calling thread and worker threads share the batches; output identical to one thread', async () => {
  const lines = Array.from({ length: 5000 }, (_, i) => (i % 97 === 5 ? '{broken' : JSON.stringify({ id: i, text: i % 3 ? 'اكد علي شمخاني في موسكو' : 'وروسيا' })));
  const input = lines.join('\n') + '\n';
  const one = await run(1, input);
  const three = await run(3, input);
  expect(one.summary.workerBatches).toBe(0);
  expect(three.summary.workerBatches).toBeGreaterThan(0);
  expect(three.summary).toMatchObject({ records: 5000, failed: one.summary.failed, outputClosed: false });
  expect(three.output === one.output).toBe(true);
});

test('bad options fail at once, before any worker starts', () => {
  expect(() => loadDist().createJsonlPipeline({ workers: 2, types: ['CITY' as 'PLACE'] })).toThrow(/CITY/);
});
