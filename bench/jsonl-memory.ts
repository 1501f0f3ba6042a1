// Peak RSS and throughput of `alam extract --jsonl` on a large generated input (default 1 GB), streamed
// into stdin so nothing is stored on disk. The contract: peak RSS stays within 200 MB whatever the size.
// Prints one line: input MB, records in/out, seconds, MB/s, peak RSS (VmHWM of the alam process).
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findRepoRoot } from '../scripts/lib/repo-paths';
import { samplePeakRss } from './lib/sample-peak-rss';
import { readInteger, runScript } from '../scripts/lib/script-args';

runScript(
  {
    name: 'bench:jsonl',
    usage: 'npm run bench:jsonl -- [--mb N] [--workers N]',
    about: 'Peak RSS and throughput of `alam extract --jsonl` on N MB of generated records streamed into stdin.',
    options: [
      { name: 'mb', kind: 'value', valueName: 'N', description: 'input size in MB (default 1024)' },
      { name: 'workers', kind: 'value', valueName: 'N', description: 'worker threads of the CLI (default 1)' },
    ],
  },
  async (args) => {
    const megabytes = readInteger(args, 'mb', 1024, 1);
    const workers = readInteger(args, 'workers', 1, 1);
    const root = findRepoRoot();
    const cli = join(root, 'dist', 'cli.js');
    if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run npm run build first');

    // Records: the sentences of the example article, one to four per record, ids counting up.
    const sentences = readFileSync(join(root, 'examples', 'article.txt'), 'utf8')
      .split(/[.\n]/)
      .map((s) => s.trim())
      .filter((s) => s.length > 20);
    let id = 0;
    const makeBlock = (): Buffer => {
      let block = '';
      while (block.length < 1 << 19) {
        const count = 1 + (id % 4);
        const text = Array.from({ length: count }, (_, k) => sentences[(id * 7 + k) % sentences.length]).join(' . ');
        block += `${JSON.stringify({ id, text })}\n`;
        id += 1;
      }
      return Buffer.from(block, 'utf8');
    };

    const child = spawn(process.execPath, [cli, 'extract', '--jsonl', '--workers', String(workers)], { stdio: ['pipe', 'pipe', 'inherit'] });
    let outLines = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) outLines += 1;
    });
    const peak = samplePeakRss(child.pid);
    const started = process.hrtime.bigint();
    let sent = 0;
    while (sent < megabytes * 1e6) {
      const block = makeBlock();
      sent += block.length;
      if (!child.stdin.write(block)) await new Promise((resolve) => child.stdin.once('drain', resolve));
    }
    child.stdin.end();
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    const peakKb = peak.stop();
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    process.stdout.write(
      `jsonl --workers ${workers}: ${(sent / 1e6).toFixed(0)} MB, ${id} records in, ${outLines} out, ${seconds.toFixed(1)} s, ${(sent / 1e6 / seconds).toFixed(1)} MB/s, peak RSS ${(peakKb / 1024).toFixed(0)} MB, exit ${code}\n`,
    );
    return code !== 0 || outLines !== id ? 1 : 0;
  },
);
