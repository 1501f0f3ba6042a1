// Peak RSS and time of `alam extract -f FORMAT big.txt` on a large generated text file (default 50 MB),
// for every text format. The targets: at most 300 MB peak RSS on 50 MB in every format, and a 500 MB
// file completes. The output goes through a pipe to this process, which only counts it.
// Prints one line per format: output MB, seconds, peak RSS (VmHWM of the alam process).
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { OUTPUT_FORMATS } from '#alam/format/format-types';
import { findRepoRoot } from '../scripts/lib/repo-paths';
import { readInteger, runScript, UsageError } from '../scripts/lib/script-args';
import { samplePeakRss } from './lib/sample-peak-rss';

const TEXT_FORMATS = OUTPUT_FORMATS.filter((format) => format !== 'jsonl');

runScript(
  {
    name: 'bench:text',
    usage: 'npm run build && npm run build:scripts && node build/bench/text-memory.js [--mb N] [--formats LIST] [--chunk-size N]',
    about: 'Peak RSS and time of `alam extract -f FORMAT FILE` on an N MB text file, for each text format.',
    options: [
      { name: 'mb', kind: 'value', valueName: 'N', description: 'file size in MB (default 50)' },
      { name: 'formats', kind: 'value', valueName: 'LIST', description: `comma-separated (default ${TEXT_FORMATS.join(',')})` },
      { name: 'chunk-size', kind: 'value', valueName: 'N', description: "the CLI's --chunk-size (default: the CLI's own)" },
    ],
  },
  async (args) => {
    const megabytes = readInteger(args, 'mb', 50, 1);
    const formats = (args.value('formats') ?? TEXT_FORMATS.join(',')).split(',');
    const unknown = formats.find((format) => !(TEXT_FORMATS as readonly string[]).includes(format));
    if (unknown !== undefined) throw new UsageError(`--formats: unknown format '${unknown}' (expected ${TEXT_FORMATS.join(', ')})`);
    const chunkSize = args.value('chunk-size');
    const root = findRepoRoot();
    const cli = join(root, 'dist', 'cli.js');
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');

    const dir = mkdtempSync(join(tmpdir(), 'alam-text-memory-'));
    const file = join(dir, `text-${megabytes}mb.txt`);
    let failed = false;
    try {
      const bytes = writeText(file, megabytes, join(root, 'examples', 'article.txt'));
      process.stdout.write(`input: ${(bytes / 1e6).toFixed(1)} MB of text${chunkSize === undefined ? '' : `, --chunk-size ${chunkSize}`}\n`);
      for (const format of formats) {
        const cliArgs = [cli, 'extract', '-f', format, ...(chunkSize === undefined ? [] : ['--chunk-size', chunkSize]), file];
        const r = await measure(cliArgs);
        failed ||= r.code !== 0;
        const status = r.code === 0 ? 'ok' : `FAILED (exit ${r.code}${r.signal ? `, ${r.signal}` : ''}): ${r.stderr.trim().split('\n').slice(-1)[0] ?? ''}`;
        process.stdout.write(
          `${format.padEnd(6)}  out ${(r.outBytes / 1e6).toFixed(1).padStart(7)} MB  ${r.seconds.toFixed(1).padStart(6)} s  peak RSS ${(r.peakKb / 1024).toFixed(0).padStart(5)} MB  ${status}\n`,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    return failed ? 1 : 0;
  },
);

/**
 * The text: the sentences of the example article in a varying order, three to six per paragraph,
 * paragraphs apart by a blank line — news copy concatenated into one file. Returns its size in bytes.
 */
function writeText(file: string, megabytes: number, article: string): number {
  const sentences = readFileSync(article, 'utf8')
    .split(/[.\n]/)
    .map((s) => s.trim())
    .filter((s) => s.length > 20);
  const fd = openSync(file, 'w');
  let written = 0;
  let n = 0;
  try {
    while (written < megabytes * 1e6) {
      let block = '';
      while (block.length < 1 << 19) {
        const count = 3 + (n % 4);
        block += `${Array.from({ length: count }, (_, k) => sentences[(n * 7 + k * 3) % sentences.length]).join('. ')}.\n\n`;
        n += 1;
      }
      written += writeSync(fd, Buffer.from(block, 'utf8'));
    }
  } finally {
    closeSync(fd);
  }
  return written;
}

interface Measured {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly seconds: number;
  readonly outBytes: number;
  readonly peakKb: number;
  readonly stderr: string;
}

function measure(cliArgs: readonly string[]): Promise<Measured> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, cliArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
    let outBytes = 0;
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (outBytes += chunk.length));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const peak = samplePeakRss(child.pid);
    const started = process.hrtime.bigint();
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const peakKb = peak.stop();
      resolve({ code, signal, seconds: Number(process.hrtime.bigint() - started) / 1e9, outBytes, peakKb, stderr });
    });
  });
}
