import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { CLI, requireBuild } from './run-alam';

// Bounded memory: a 1 GB input must stay within 200 MB RSS (npm run bench:jsonl checks that size).
// Here, the proportional check: peak RSS with the bundled lexicon stays under 200 MB, and grows by
// far less than the input when the input is eight times larger (buffering would add ~2 bytes per byte).
// Both runs start with V8's young generation at its full default size (16 MB semi-spaces): left to
// grow with the allocation rate, it reached full size in the long run only, and its 30-odd MB of
// growth made the comparison measure V8's heap sizing rather than the pipeline (36–42 MB either way).
const YOUNG_GENERATION = ['--min-semi-space-size=16', '--max-semi-space-size=16'];

const LINE = JSON.stringify({ id: 0, text: 'اكد امين المجلس الاعلى للامن القومي الايراني علي شمخاني ونظيره الروسي نيكولاي باتروشيف خلال لقائهما في موسكو اليوم على ضرورة تنفيذ الاتفاقيات الامنية بين البلدين' }) + '\n';

/** Streams `megabytes` of JSONL into `alam extract --jsonl` and returns the peak RSS (MB) and output lines. */
async function peakRss(megabytes: number, args: string[] = []): Promise<{ peakMb: number; lines: number; sent: number; code: number | null }> {
  requireBuild();
  const child = spawn(process.execPath, [...YOUNG_GENERATION, CLI, 'extract', '--jsonl', ...args], { stdio: ['pipe', 'pipe', 'inherit'] });
  let lines = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    for (let at = chunk.indexOf(10); at !== -1; at = chunk.indexOf(10, at + 1)) lines++;
  });
  let peakKb = 0;
  const sample = (): void => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (hwm !== null) peakKb = Math.max(peakKb, Number(hwm[1]));
    } catch {
      // the process has exited
    }
  };
  const timer = setInterval(sample, 20);
  const perBlock = Math.ceil((1 << 20) / LINE.length);
  const block = LINE.repeat(perBlock);
  const total = Math.round((megabytes << 20) / block.length);
  for (let i = 0; i < total; i++) {
    if (!child.stdin.write(block)) await new Promise((resolve) => child.stdin.once('drain', resolve));
  }
  sample();
  child.stdin.end();
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(timer);
  return { peakMb: peakKb / 1024, lines, sent: total * perBlock, code };
}

test('--jsonl memory is bounded: < 200 MB RSS, flat as the input grows 8×', async () => {
  const small = await peakRss(6);
  const large = await peakRss(48);
  expect(small.code).toBe(0);
  expect(large.code).toBe(0);
  expect(large.lines).toBe(large.sent);
  process.stdout.write(`jsonl memory: peak ${small.peakMb.toFixed(0)} MB for 6 MB, ${large.peakMb.toFixed(0)} MB for 48 MB\n`);
  expect(large.peakMb).toBeLessThan(200);
  expect(large.peakMb - small.peakMb).toBeLessThan(40);
}, 120_000);
