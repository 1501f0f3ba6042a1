// Stream JSONL records through alam, two ways: the byte-level pipeline that `alam extract --jsonl` uses,
// and the object-mode Transform for records you already have as objects.
// Run (after `npm run build`): node examples/stream-jsonl.js
// Each input line gives exactly one output line, in order; the record without "text" (a4) gives an
// error record instead of stopping the stream.
const fs = require('node:fs');
const path = require('node:path');
const { Readable, Writable } = require('node:stream');
const { pipeline } = require('node:stream/promises');
const { extractJsonl, extractStream } = require('alam/stream');

const input = path.join(__dirname, 'records.jsonl');

async function main() {
  console.log('--- extractJsonl: JSONL bytes in, JSONL bytes out (add { workers: 2 } for threads) ---');
  const summary = await extractJsonl(fs.createReadStream(input), process.stdout, {
    onFailure: (failure) => console.error(`records.jsonl:${failure.line}: ${failure.message}`),
  });
  console.log(`${summary.records} records, ${summary.failed} failed`);

  console.log('--- extractStream: objects in, objects out ---');
  const records = fs.readFileSync(input, 'utf8').trim().split('\n').map((line) => JSON.parse(line));
  await pipeline(
    Readable.from(records),
    extractStream({ types: ['PERSON', 'PLACE'] }),
    new Writable({
      objectMode: true,
      write(result, _encoding, done) {
        if ('error' in result) console.log(`${result.id}: error: ${result.error}`);
        else console.log(`${result.id}: ${result.entities.map((e) => `${e.text}/${e.type}`).join(', ') || '(none)'}`);
        done();
      },
    }),
  );
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
