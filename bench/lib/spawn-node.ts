import { spawn } from 'node:child_process';
import { nowMs } from './now-ms';

export interface NodeRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  /** From spawn to the first byte on stdout (cold start); null when nothing was printed. */
  readonly firstOutputMs: number | null;
  readonly totalMs: number;
}

export interface SpawnOptions {
  readonly cwd?: string;
  readonly input?: string | Buffer;
  readonly env?: NodeJS.ProcessEnv;
  readonly stdout?: 'pipe' | 'ignore';
  readonly timeoutMs?: number;
}

/**
 * Runs `node <args>` and resolves with its exit code, output, the time from spawn to the
 * first byte on stdout (cold start) and the total wall time. `input` is piped to stdin.
 */
export function spawnNode(args: readonly string[], { cwd, input, env, stdout = 'pipe', timeoutMs = 0 }: SpawnOptions = {}): Promise<NodeRun> {
  return new Promise((resolve, reject) => {
    const t0 = nowMs();
    const child = spawn(process.execPath, args, {
      cwd,
      env: env ?? process.env,
      stdio: [input === undefined ? 'ignore' : 'pipe', stdout, 'pipe'],
    });
    let firstOutputMs: number | null = null;
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = timeoutMs > 0 ? setTimeout(() => child.kill('SIGKILL'), timeoutMs) : null;
    child.stdout?.on('data', (chunk: Buffer) => {
      if (firstOutputMs === null) firstOutputMs = nowMs() - t0;
      out.push(chunk);
    });
    child.stderr?.on('data', (chunk: Buffer) => err.push(chunk));
    if (input !== undefined && child.stdin) {
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
