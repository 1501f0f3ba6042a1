import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { Worker } from 'node:worker_threads';
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

test("a worker thread loads alam's modules from the bundle (dist/alam.js), not one file each", async () => {
  const script = join(__dirname, '..', '..', 'dist', 'stream', 'jsonl-worker.js');
  loadDist();
  // The worker script as create-worker-pool.ts starts it, then the module files it made Node read.
  const probe = `const { parentPort } = require('node:worker_threads'); require(${JSON.stringify(script)}); parentPort.postMessage(Object.keys(require.cache));`;
  const worker = new Worker(probe, { eval: true, workerData: { extractorOptions: TEST_OPTIONS, batchOptions: {} } });
  const loaded = await new Promise<string[]>((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  await worker.terminate();
  const dist = join(__dirname, '..', '..', 'dist');
  expect(loaded.filter((file) => file.startsWith(dist)).map((file) => file.slice(dist.length + 1)).sort()).toEqual(['alam.js', 'stream/jsonl-worker.js']);
});
