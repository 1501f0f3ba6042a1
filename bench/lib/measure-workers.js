'use strict';
const fs = require('fs');
const path = require('path');
const { spawnNode } = require('./spawn-node');
const { median } = require('./median');

/**
 * The CLI's `--workers` speed-up: `alam extract --jsonl --workers N <file>` for N = 1 and 2
 * on the bench's docs.jsonl, output discarded, median wall time of `runs` each. Skipped
 * (with the reason) while `alam extract --help` does not mention --workers.
 */
async function measureWorkers({ root, dist, docsFile, runs, counts = [1, 2] }) {
  const cli = path.join(dist, 'cli.js');
  if (!fs.existsSync(cli)) return { skipped: 'n/a (no dist/cli.js yet)' };
  const help = await spawnNode([cli, 'extract', '--help'], { cwd: root });
  if (!/--workers/.test(help.stdout + help.stderr)) return { skipped: 'n/a (CLI has no --workers yet)' };
  const points = [];
  for (const workers of counts) {
    const msAll = [];
    for (let r = 0; r < runs; r += 1) {
      const run = await spawnNode([cli, 'extract', '--jsonl', '--workers', String(workers), docsFile], { cwd: root, stdout: 'ignore' });
      if (run.code !== 0) throw new Error(`alam extract --jsonl --workers ${workers} ${docsFile} exited ${run.code}: ${run.stderr.trim().slice(-1500)}`);
      msAll.push(run.totalMs);
    }
    points.push({ workers, msAll, ms: median(msAll) });
  }
  const bytes = fs.statSync(docsFile).size;
  for (const p of points) {
    p.speedup = points[0].ms / p.ms;
    p.mbPerSec = bytes / p.ms / 1e3;
  }
  return { file: path.basename(docsFile), bytes, points };
}

module.exports = { measureWorkers };
