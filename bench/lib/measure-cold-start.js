'use strict';
const { spawnNode } = require('./spawn-node');
const { median } = require('./median');

/**
 * Spawns `args` `runs` times and takes the median time from spawn to the first byte the
 * child prints (its first result). A failing child is an error with its stderr.
 */
async function measureColdStart(args, { cwd, runs }) {
  const times = [];
  let sample = '';
  for (let r = 0; r < runs; r += 1) {
    const run = await spawnNode(args, { cwd });
    if (run.code !== 0 || run.firstOutputMs === null) {
      throw new Error(`cold start of node ${args.join(' ').slice(0, 120)} failed (${run.code}): ${run.stderr.trim().slice(-1500)}`);
    }
    times.push(run.firstOutputMs);
    sample = run.stdout.slice(0, 200).trim();
  }
  return { runs, msAll: times, ms: median(times), sample };
}

module.exports = { measureColdStart };
