import { closeSync, existsSync, openSync, readFileSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { WorkersInput, WorkersPoint, WorkersResult } from './bench-types';
import { median } from './median';
import { nowMs } from './now-ms';
import { spawnNode } from './spawn-node';

/**
 * The CLI's `--workers` speed-up on large inputs: the bench's docs.jsonl repeated until it holds at
 * least `minBytes`, for each of `sizes`. Each worker thread loads the lexicon and compiles its own
 * code: a fixed cost of about half a second of CPU per worker, which the one-thread run pays on the
 * idle core for free. A 10 MB input shows no speed-up at all; the larger the input, the more the
 * ratio shows the steady state. Each run times, back to back so that the machine's load drifts alike:
 *
 * - `alam extract --jsonl --workers 1 <file>` (the default: one thread);
 * - `alam extract --jsonl --workers 2 <file>`;
 * - the machine's own limit: two independent `--workers 1` processes, one on each half of the
 *   file, at the same time. No pool of two threads can beat two processes that share nothing,
 *   so their speed-up is the most this machine gives two-way parallelism for this work.
 *
 * Output is discarded; times are medians of `runs`, speed-ups the median of each run's own ratio.
 * Skipped (with the reason) while `alam extract --help` does not mention --workers.
 */
export async function measureWorkers({ root, dist, docsFile, sizes }: { readonly root: string; readonly dist: string; readonly docsFile: string; readonly sizes: readonly { readonly minBytes: number; readonly runs: number }[] }): Promise<WorkersResult> {
  const cli = join(dist, 'cli.js');
  if (!existsSync(cli)) return { skipped: 'n/a (no dist/cli.js yet)' };
  const help = await spawnNode([cli, 'extract', '--help'], { cwd: root });
  if (!/--workers/.test(help.stdout + help.stderr)) return { skipped: 'n/a (CLI has no --workers yet)' };
  const inputs: WorkersInput[] = [];
  for (const { minBytes, runs } of sizes) inputs.push(await measureInput({ root, cli, file: growFile(docsFile, minBytes), docsFile, runs }));
  return { inputs };
}

async function measureInput({ root, cli, file, docsFile, runs }: { root: string; cli: string; file: string; docsFile: string; runs: number }): Promise<WorkersInput> {
  const halves = splitInHalves(file);
  const extract = async (workers: number, input: string): Promise<number> => {
    const run = await spawnNode([cli, 'extract', '--jsonl', '--workers', String(workers), input], { cwd: root, stdout: 'ignore' });
    if (run.code !== 0) throw new Error(`alam extract --jsonl --workers ${workers} ${input} exited ${run.code}: ${run.stderr.trim().slice(-1500)}`);
    return run.totalMs;
  };
  const one: number[] = [];
  const two: number[] = [];
  const pair: number[] = [];
  for (let r = 0; r < runs; r += 1) {
    one.push(await extract(1, file));
    two.push(await extract(2, file));
    const t0 = nowMs();
    await Promise.all(halves.map((half) => extract(1, half)));
    pair.push(nowMs() - t0);
  }
  const bytes = statSync(file).size;
  // Each run's ratio of its own back-to-back timings, median over runs: this VM's speed drifts by
  // 10–30 % within minutes, and a ratio of two medians may pair a fast run with a slow one.
  const point = (label: string, workers: number, msAll: readonly number[]): WorkersPoint => {
    const ms = median(msAll);
    return { label, workers, msAll, ms, mbPerSec: bytes / ms / 1e3, speedup: median(msAll.map((t, r) => (one[r] as number) / t)) };
  };
  const points = [point('--workers 1', 1, one), point('--workers 2', 2, two), point("two processes, one per half (the machine's limit)", 2, pair)];
  return { file: basename(file), bytes, repeats: Math.round(bytes / statSync(docsFile).size), points };
}

/** docs.jsonl repeated (whole lines, ids as they are) into docs-x<copies>.jsonl until it holds `minBytes`. */
function growFile(docsFile: string, minBytes: number): string {
  const size = statSync(docsFile).size;
  if (size >= minBytes) return docsFile;
  const copies = Math.ceil(minBytes / size);
  const large = join(dirname(docsFile), `docs-x${copies}.jsonl`);
  if (existsSync(large) && statSync(large).size === copies * size && statSync(large).mtimeMs >= statSync(docsFile).mtimeMs) return large;
  const content = readFileSync(docsFile);
  const fd = openSync(large, 'w');
  try {
    for (let i = 0; i < copies; i += 1) writeSync(fd, content);
  } finally {
    closeSync(fd);
  }
  return large;
}

/** The file cut at the line end nearest its middle, as `<file>.half1` and `<file>.half2`. */
function splitInHalves(file: string): [string, string] {
  const content = readFileSync(file);
  const middle = content.indexOf(0x0a, Math.floor(content.length / 2)) + 1 || content.length;
  const names: [string, string] = [`${file}.half1`, `${file}.half2`];
  writeFileSync(names[0], content.subarray(0, middle));
  writeFileSync(names[1], content.subarray(middle));
  return names;
}
