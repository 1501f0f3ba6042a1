import fc from 'fast-check';
import { batchLines } from '../../src/stream/batch-lines';

async function collect(chunks: Uint8Array[], target: number): Promise<Array<{ text: string; firstLine: number; byteOffset: number }>> {
  async function* source(): AsyncGenerator<Uint8Array> {
    yield* chunks;
  }
  const out = [];
  for await (const batch of batchLines(source(), target)) {
    out.push({ text: Buffer.from(batch.bytes).toString('utf8'), firstLine: batch.firstLine, byteOffset: batch.byteOffset });
  }
  return out;
}

/** Cuts `bytes` at the given positions (sorted, deduplicated, inside the buffer). */
function cut(bytes: Uint8Array, positions: number[]): Uint8Array[] {
  const points = [...new Set(positions.map((p) => p % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Uint8Array[] = [];
  let from = 0;
  for (const p of [...points, bytes.length]) {
    if (p > from) chunks.push(bytes.subarray(from, p));
    from = Math.max(from, p);
  }
  return chunks;
}

describe('batchLines', () => {
  test('lines are never cut, whatever the chunking; numbering and offsets add up', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'ب', 'ج', '{', '"', ' ') , maxLength: 12 }), { maxLength: 30 }),
        fc.boolean(),
        fc.array(fc.nat(), { maxLength: 20 }),
        fc.integer({ min: 1, max: 40 }),
        async (lines, finalNewline, positions, target) => {
          const input = lines.join('\n') + (finalNewline && lines.length > 0 ? '\n' : '');
          const bytes = Buffer.from(input, 'utf8');
          const batches = await collect(cut(bytes, positions), target);
          expect(batches.map((b) => b.text).join('')).toBe(input);
          let line = 1;
          let offset = 0;
          batches.forEach((batch, i) => {
            expect(batch.firstLine).toBe(line);
            expect(batch.byteOffset).toBe(offset);
            if (i < batches.length - 1) expect(batch.text.endsWith('\n')).toBe(true);
            line += batch.text.split('\n').length - (batch.text.endsWith('\n') ? 1 : 0);
            offset += Buffer.byteLength(batch.text);
          });
        },
      ),
      { numRuns: 300 },
    );
  });

  test('a batch ends at the first line end past the target, or at the last line end of a chunk', async () => {
    const chunks = ['{"a":1}\n{"a":2}\n{"a":3}\n{"a":4', '}\n{"a":5}\n', '{"a":6}'].map((s) => Buffer.from(s));
    expect((await collect(chunks, 10)).map((b) => [b.text, b.firstLine])).toEqual([
      ['{"a":1}\n{"a":2}\n', 1],
      ['{"a":3}\n', 3],
      ['{"a":4}\n{"a":5}\n', 4],
      ['{"a":6}', 6],
    ]);
  });

  test('each batch owns its whole ArrayBuffer, so it can be transferred to a worker', async () => {
    async function* source(): AsyncGenerator<Uint8Array> {
      const shared = Buffer.from('x\ny\nz\n');
      yield shared.subarray(0, 2);
      yield shared.subarray(2);
    }
    for await (const batch of batchLines(source(), 1)) {
      expect([batch.bytes.byteOffset, batch.bytes.byteLength]).toEqual([0, batch.bytes.buffer.byteLength]);
    }
  });
});
