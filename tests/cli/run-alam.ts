import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The built binary: these tests run what users run (`npm test` builds first). */
export const CLI = join(__dirname, '..', '..', 'dist', 'cli.js');

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export function requireBuild(): void {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build before these tests`);
}

/** Runs `node dist/cli.js ...args` with `input` on stdin (none: stdin closed empty). */
export function runAlam(args: readonly string[], options: { input?: string | Buffer; env?: Record<string, string>; cwd?: string } = {}): Promise<RunResult> {
  requireBuild();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? join(__dirname, '..', '..'),
      env: { PATH: process.env['PATH'] ?? '', ...options.env },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => out.push(c));
    child.stderr.on('data', (c: Buffer) => err.push(c));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
    child.stdin.on('error', () => undefined);
    child.stdin.end(options.input ?? '');
  });
}

/** The deterministic lexicon of the CLI tests, as a JSONL file. */
export const TEST_LEXICON_JSONL = [
  '{"type":"COUNTRY","name":"روسيا","id":"country:RU"}',
  '{"type":"COUNTRY","name":"ايران","id":"country:IR"}',
  '{"type":"PLACE","name":"موسكو","id":"place:moscow"}',
  '{"type":"PERSON","name":"علي شمخاني","id":"person:shamkhani"}',
  '{"type":"NATIONALITY","name":"روسي","id":"nationality:RU"}',
].join('\n');
