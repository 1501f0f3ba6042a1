'use strict';
const { execFileSync } = require('child_process');
const path = require('path');

/**
 * Which alam was measured: the commit of the repository holding the benched dist/ (a snapshot
 * made with `git archive` keeps none, so ALAM_BENCH_COMMIT names it), and the dist path when
 * it is not the checkout's own.
 */
function describeAlamBuild(paths, env = process.env) {
  let commit = env.ALAM_BENCH_COMMIT || '';
  if (!commit) {
    try {
      commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: path.dirname(paths.dist), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    } catch {
      commit = 'unknown commit';
    }
  }
  const own = path.resolve(paths.dist) === path.join(paths.root, 'dist');
  return own ? `${commit} (dist/)` : `${commit} (${paths.dist})`;
}

module.exports = { describeAlamBuild };
