'use strict';
const { spawn } = require('child_process');
const { nowMs } = require('./now-ms');

/**
 * Runs `node <args>` and resolves with its exit code, output, the time from spawn to the
 * first byte on stdout (cold start) and the total wall time. `input` is piped to stdin.
 */
function spawnNode(args, { cwd, input, env, stdout = 'pipe', timeoutMs = 0 } = {}) {
  return new Promise((resolve, reject) => {
    const t0 = nowMs();
    const child = spawn(process.execPath, args, {
      cwd,
      env: env || process.env,
      stdio: [input === undefined ? 'ignore' : 'pipe', stdout, 'pipe'],
    });
    let firstOutputMs = null;
    const out = [];
    const err = [];
    let timer = null;
    if (timeoutMs > 0) timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    if (child.stdout) {
      child.stdout.on('data', (chunk) => {
        if (firstOutputMs === null) firstOutputMs = nowMs() - t0;
        out.push(chunk);
      });
    }
    child.stderr.on('data', (chunk) => err.push(chunk));
    if (input !== undefined) {
      child.stdin.on('error', () => {});
      child.stdin.end(input);
    }
    child.on('error', reject);
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        firstOutputMs,
        totalMs: nowMs() - t0,
      });
    });
  });
}

module.exports = { spawnNode };
