'use strict';
// Peak RSS and throughput of `alam extract --jsonl` on a large generated input (default 1 GB), streamed
// into stdin so nothing is stored on disk. The contract: peak RSS stays within 200 MB whatever the size.
//
//   npm run build && node bench/jsonl-memory.js [--mb=1024] [--workers=1]
//
// Prints one line: input MB, records in/out, seconds, MB/s, peak RSS (VmHWM of the alam process).
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit === undefined ? fallback : Number(hit.slice(name.length + 3));
};
const megabytes = arg('mb', 1024);
const workers = arg('workers', 1);
const root = path.join(__dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');

// Records: the sentences of the example article, one to four per record, ids counting up.
const sentences = fs
  .readFileSync(path.join(root, 'examples', 'article.txt'), 'utf8')
  .split(/[.\n]/)
  .map((s) => s.trim())
  .filter((s) => s.length > 20);
let id = 0;
function makeBlock() {
  let block = '';
  while (block.length < 1 << 19) {
    const count = 1 + (id % 4);
    const text = Array.from({ length: count }, (_, k) => sentences[(id * 7 + k) % sentences.length]).join(' . ');
    block += JSON.stringify({ id, text }) + '\n';
    id += 1;
  }
  return Buffer.from(block, 'utf8');
}

async function main() {
  const child = spawn(process.execPath, [cli, 'extract', '--jsonl', '--workers', String(workers)], { stdio: ['pipe', 'pipe', 'inherit'] });
  let outLines = 0;
  child.stdout.on('data', (chunk) => {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) outLines += 1;
  });
  let peakKb = 0;
  const sample = () => {
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (m) peakKb = Math.max(peakKb, Number(m[1]));
    } catch {
      // exited
    }
  };
  const timer = setInterval(sample, 50);
  const started = process.hrtime.bigint();
  let sent = 0;
  while (sent < megabytes * 1e6) {
    const block = makeBlock();
    sent += block.length;
    if (!child.stdin.write(block)) await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  sample();
  child.stdin.end();
  const code = await new Promise((resolve) => child.on('close', resolve));
  clearInterval(timer);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const line = `jsonl --workers ${workers}: ${(sent / 1e6).toFixed(0)} MB, ${id} records in, ${outLines} out, ${seconds.toFixed(1)} s, ${(sent / 1e6 / seconds).toFixed(1)} MB/s, peak RSS ${(peakKb / 1024).toFixed(0)} MB, exit ${code}`;
  console.log(line);
  if (code !== 0 || outLines !== id) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
