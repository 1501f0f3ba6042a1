import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProgressBar, renderBar } from '../../src/cli/create-progress-bar';
import type { CliOutput } from '../../src/cli/cli-io';
import { createTempDir } from '../support/create-temp-dir';
import { CLI, requireBuild, TEST_LEXICON_JSONL } from './run-alam';

/** A fake stream that records writes; `isTTY` as given. */
function fakeStream(isTTY: boolean): CliOutput & { written: string[] } {
  const written: string[] = [];
  return { isTTY, columns: 60, written, write: (chunk: string) => written.push(chunk) > 0 } as unknown as CliOutput & { written: string[] };
}

describe('progress bar', () => {
  test('drawn on a terminal: bar, percentage and status on one rewritten line; cleared before messages', () => {
    const stream = fakeStream(true);
    const bar = createProgressBar(stream, true);
    bar.update(0.5, '1/2 files');
    bar.update(0.75, 'too soon: throttled');
    bar.clear();
    expect(stream.written).toEqual([`\r\u001b[K${renderBar(0.5, '1/2 files', 59)}`, '\r\u001b[K']);
    expect(renderBar(0.5, '1/2 files', 59)).toBe(`[${'#'.repeat(15)}${'·'.repeat(15)}]  50%  1/2 files`);
  });

  test('never drawn when stderr is not a terminal, or when disabled', () => {
    for (const [tty, enabled] of [[false, true], [true, false]] as const) {
      const stream = fakeStream(tty);
      const bar = createProgressBar(stream, enabled);
      bar.update(0.5, 'x');
      bar.clear();
      expect(stream.written).toEqual([]);
    }
  });

  test('a status function is called only when the bar is drawn', () => {
    for (const [tty, expected] of [[true, 1], [false, 0]] as const) {
      let calls = 0;
      const stream = fakeStream(tty);
      const bar = createProgressBar(stream, true);
      const status = (): string => `${++calls} records`;
      bar.update(0.25, status);
      bar.update(0.5, status);
      expect(calls).toBe(expected);
      expect(stream.written).toEqual(tty ? [`\r\u001b[K${renderBar(0.25, '1 records', 59)}`] : []);
    }
  });

  test('an unknown total shows the status only', () => {
    expect(renderBar(undefined, '12,345 records', 80)).toBe('12,345 records');
  });
});

describe('on a terminal (run under script(1) for a pseudo-terminal)', () => {
  const dir = createTempDir('alam-cli-', { 'lexicon.jsonl': TEST_LEXICON_JSONL, 'a.txt': 'في موسكو', 'b.txt': 'وروسيا' });
  const run = (env: Record<string, string>): string => {
    requireBuild();
    const command = `"${process.execPath}" "${CLI}" extract --no-bundled --lexicon "${join(dir, 'lexicon.jsonl')}" "${join(dir, 'a.txt')}" "${join(dir, 'b.txt')}"`;
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', TERM: 'xterm', ...env }, timeout: 30_000 });
    expect(result.status).toBe(0);
    return result.stdout;
  };

  test('pretty is the default, entities are coloured, the progress bar counts files', () => {
    const out = run({});
    expect(out).toContain(`==> ${join(dir, 'a.txt')} <==`);
    expect(out).toContain('\u001b[1;33mموسكو\u001b[0m');
    expect(out).toContain('1/2 files');
  });

  test('--jsonl: progress (record count, percentage of the file) on the terminal stderr, only results on stdout', () => {
    requireBuild();
    const input = join(dir, 'records.jsonl');
    const output = join(dir, 'records.out');
    writeFileSync(input, Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: 'في موسكو' })).join('\n') + '\n');
    const command = `"${process.execPath}" "${CLI}" extract --jsonl --no-bundled --lexicon "${join(dir, 'lexicon.jsonl')}" "${input}" > "${output}"`;
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', TERM: 'xterm' }, timeout: 30_000 });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/\] +\d+% +[\d,]+ records/);
    const lines = readFileSync(output, 'utf8').trimEnd().split('\n');
    expect(lines).toHaveLength(3000);
    for (const line of lines) expect(line.startsWith('{"id":')).toBe(true);
  });

  test('NO_COLOR turns colours off', () => {
    const out = run({ NO_COLOR: '1' });
    expect(out).toContain('في [موسكو](PLACE)');
    expect(out).not.toMatch(/\u001b\[[0-9;]*m/);
  });
});
