'use strict';
const path = require('path');

const BENCH_DIR = path.resolve(__dirname, '..');
const ROOT_DIR = path.resolve(BENCH_DIR, '..');

/**
 * Where the bench reads and writes. The shared corpora live next to the checkout
 * (`../shared` from the repo root, i.e. `path.resolve(benchDir, '../../shared')`) unless
 * ALAM_SHARED points elsewhere; ALAM_DIST lets a developer bench another build of alam.
 */
function resolveBenchPaths(env = process.env) {
  const shared = env.ALAM_SHARED ? path.resolve(env.ALAM_SHARED) : path.resolve(BENCH_DIR, '../../shared');
  return {
    root: ROOT_DIR,
    bench: BENCH_DIR,
    dist: env.ALAM_DIST ? path.resolve(env.ALAM_DIST) : path.join(ROOT_DIR, 'dist'),
    shared,
    anercorp: path.join(shared, 'corpora', 'anercorp', 'train.conll'),
    wikifane: path.join(shared, 'corpora', 'wikifane', 'all.conll'),
    aqmarDev: path.join(shared, 'corpora', 'aqmar', 'dev.conll'),
    out: env.ALAM_BENCH_OUT ? path.resolve(env.ALAM_BENCH_OUT) : path.join(BENCH_DIR, 'out'),
  };
}

module.exports = { resolveBenchPaths };
