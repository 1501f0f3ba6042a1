import { spawn } from 'node:child_process';
import { closeSync, existsSync, openSync } from 'node:fs';
import { join } from 'node:path';
import { createTempDir } from '../support/create-temp-dir';
import { CLI, requireBuild, runAlam, TEST_LEXICON_JSONL } from './run-alam';

// What fails, and what the exit code tells a pipeline: a bad record is answered and the run succeeds;
// output that cannot be written is its own error (exit 4), never blamed on the input.

const dir = createTempDir('alam-cli-', { 'lexicon.jsonl': TEST_LEXICON_JSONL, 'a.txt': 'اكد علي شمخاني في موسكو\n', 'tiny.conll': 'في\tO\nموسكو\tB-LOC\n\n' });
const LEX = ['--no-bundled', '--lexicon', join(dir, 'lexicon.jsonl')];
const RECORDS = '{"id":1,"text":"في موسكو"}\n{"id":2}\n{"id":3,"text":"روسيا"}\n';

/** Runs the built CLI with stdout opened on `path` (e.g. /dev/full), stdin from `input`. */
function runWithStdout(path: string, args: readonly string[], input = ''): Promise<{ code: number | null; stderr: string }> {
  requireBuild();
  const fd = openSync(path, 'w');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['pipe', fd, 'pipe'] });
    closeSync(fd);
    let stderr = '';
    child.stderr?.on('data', (c: Buffer) => (stderr += c.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
    child.stdin?.on('error', () => undefined);
    child.stdin?.end(input);
  });
}

const describeFull = existsSync('/dev/full') ? describe : describe.skip;

describeFull('output that cannot be written (stdout on /dev/full): exit 4, named as the output’s fault', () => {
  const MESSAGE = 'alam: cannot write output: no space left on device\n';
  test.each([
    ['text', ['extract', ...LEX, join(dir, 'a.txt')], ''],
    ['tsv', ['extract', '-f', 'tsv', ...LEX, join(dir, 'a.txt')], ''],
    ['jsonl', ['extract', '--jsonl', ...LEX], RECORDS],
    ['jsonl, --workers 2', ['extract', '--jsonl', '--workers', '2', ...LEX], RECORDS],
    ['tokenize', ['tokenize', join(dir, 'a.txt')], ''],
    ['normalize', ['normalize', join(dir, 'a.txt')], ''],
    ['eval', ['eval', join(dir, 'tiny.conll')], ''],
    ['--help', ['--help'], ''],
  ])('%s', async (_label, args, input) => {
    expect(await runWithStdout('/dev/full', args, input)).toEqual({ code: 4, stderr: expect.stringMatching(new RegExp(`${MESSAGE}$`)) });
  });

  test('the bad records before the failure are still named on stderr, not the input', async () => {
    const { stderr } = await runWithStdout('/dev/full', ['extract', '--jsonl', ...LEX], RECORDS);
    expect(stderr).not.toMatch(/<stdin>: ENOSPC/);
  });
});

describe('bad JSONL records do not fail the run', () => {
  const deep = `{"id":${'['.repeat(5000)}${']'.repeat(5000)},"text":"في موسكو"}`;
  const input = ['{"id":1,"text":"في موسكو"}', deep, '{"id":3,"text":"روسيا"}', ''].join('\n');

  test.each([['1'], ['2']])('an id nested 5,000 levels deep gives an error record, the others are extracted (--workers %s)', async (workers) => {
    const result = await runAlam(['extract', '--jsonl', '--workers', workers, ...LEX], { input });
    expect(result.code).toBe(0);
    const lines = result.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines).toEqual([
      { id: 1, entities: [expect.objectContaining({ text: 'موسكو' })] },
      { id: null, line: 2, error: 'its "id" nests deeper than 256 levels (written as null)' },
      { id: 3, entities: [expect.objectContaining({ text: 'روسيا' })] },
    ]);
    expect(result.stderr).toBe('alam: <stdin>:2: its "id" nests deeper than 256 levels (written as null)\n');
  });

  test('an id nested 256 levels deep is written back as it came', async () => {
    const id = JSON.parse(`${'['.repeat(256)}7${']'.repeat(256)}`) as unknown;
    const result = await runAlam(['extract', '--jsonl', ...LEX], { input: JSON.stringify({ id, text: 'روسيا' }) + '\n' });
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as { id: unknown }).id).toEqual(id);
  });

  test('--strict belongs to JSONL mode', async () => {
    const result = await runAlam(['extract', '--strict', ...LEX, join(dir, 'a.txt')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--strict applies to JSONL records mode only/);
  });
});

describe('many workers and many runs on one output', () => {
  test('--workers 9 starts without a MaxListenersExceededWarning', async () => {
    const result = await runAlam(['extract', '--jsonl', '--workers', '9', ...LEX], { input: RECORDS });
    expect(result.code).toBe(0);
    expect(result.stdout.trimEnd().split('\n')).toHaveLength(3);
    expect(result.stderr).toBe('alam: <stdin>:2: missing "text" field\n');
  });
});

describe('alam eval on a missing or unreadable file', () => {
  test('names the file and what is wrong, exit 1', async () => {
    const result = await runAlam(['eval', join(dir, 'nope.conll')]);
    expect(result).toEqual({ code: 1, stdout: '', stderr: `alam eval: ${join(dir, 'nope.conll')}: no such file or directory\n` });
  });

  test('its help lists the exit codes', async () => {
    const result = await runAlam(['eval', '--help']);
    expect(result.stdout).toMatch(/exit codes:\n {2}0 .*\n {2}1 .*\n {2}2 .*\n {2}4 /);
  });
});

