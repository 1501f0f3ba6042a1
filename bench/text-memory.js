'use strict';
// Peak RSS and time of `alam extract -f FORMAT big.txt` on a large generated text file (default 50 MB),
// for every text format. The targets: at most 300 MB peak RSS on 50 MB in every format, and a 500 MB
// file completes. The output goes through a pipe to this process, which only counts it.
//
//   npm run build && node bench/text-memory.js [--mb=50] [--formats=json,tsv,conll,html,pretty] [--chunk-size=N]
//
// Prints one line per format: input MB, output MB, seconds, peak RSS (VmHWM of the alam process).
const { spawn } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const arg = (name, fallback) => {
  const hit = process.argv.find((a) => a.startsWith(`--${name}=`));
  return hit === undefined ? fallback : hit.slice(name.length + 3);
};
const megabytes = Number(arg('mb', '50'));
const formats = arg('formats', 'json,tsv,conll,html,pretty').split(',');
const chunkSize = arg('chunk-size', undefined);
const root = path.join(__dirname, '..');
const cli = path.join(root, 'dist', 'cli.js');
if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');

// The text: the sentences of the example article in a varying order, three to six per paragraph,
// paragraphs apart by a blank line — news copy concatenated into one file.
function writeText(file) {
  const sentences = fs
    .readFileSync(path.join(root, 'examples', 'article.txt'), 'utf8')
    .split(/[.\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 20);
  const fd = fs.openSync(file, 'w');
  let written = 0;
  let n = 0;
  while (written < megabytes * 1e6) {
    let block = '';
    while (block.length < 1 << 19) {
      const count = 3 + (n % 4);
      block += Array.from({ length: count }, (_, k) => sentences[(n * 7 + k * 3) % sentences.length]).join('. ') + '.\n\n';
      n += 1;
    }
    const bytes = Buffer.from(block, 'utf8');
    fs.writeSync(fd, bytes);
    written += bytes.length;
  }
  fs.closeSync(fd);
  return written;
}

function measure(format, file) {
  return new Promise((resolve, reject) => {
    const args = [cli, 'extract', '-f', format, ...(chunkSize === undefined ? [] : ['--chunk-size', chunkSize]), file];
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let outBytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk) => (outBytes += chunk.length));
    child.stderr.on('data', (chunk) => (stderr += chunk));
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
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      sample();
      clearInterval(timer);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ format, code, signal, seconds, outBytes, peakKb, stderr: stderr.trim() });
    });
  });
}

async function main() {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'alam-text-memory-')), `text-${megabytes}mb.txt`);
  try {
    const inBytes = writeText(file);
    console.log(`input: ${(inBytes / 1e6).toFixed(1)} MB of text (${file})${chunkSize === undefined ? '' : `, --chunk-size ${chunkSize}`}`);
    for (const format of formats) {
      const r = await measure(format, file);
      const status = r.code === 0 ? 'ok' : `FAILED (exit ${r.code}${r.signal ? `, ${r.signal}` : ''}): ${r.stderr.split('\n').slice(-1)[0]}`;
      console.log(
        `${format.padEnd(6)}  out ${(r.outBytes / 1e6).toFixed(1).padStart(7)} MB  ${r.seconds.toFixed(1).padStart(6)} s  peak RSS ${(r.peakKb / 1024).toFixed(0).padStart(5)} MB  ${status}`,
      );
    }
  } finally {
    fs.rmSync(path.dirname(file), { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
