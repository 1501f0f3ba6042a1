import { spawn, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempDir } from '../support/create-temp-dir';
import { CLI, requireBuild, TEST_LEXICON_JSONL } from './run-alam';

// The Spark rdd.pipe / Hadoop Streaming contract: stdin → stdout, line-aligned, nothing else on stdout,
// and when the reader stops early (`| head -1`) alam exits 0 without a word on stderr.

const RECORDS = 300_000;
const dir = createTempDir('alam-cli-', {
  'lexicon.jsonl': TEST_LEXICON_JSONL,
  'big.jsonl': Array.from({ length: RECORDS }, (_, i) => JSON.stringify({ id: i, text: 'اكد علي شمخاني في موسكو ان روسيا وايران' })).join('\n') + '\n',
  'tiny.conll': ['قال\tO', 'علي\tB-PER', 'شمخاني\tI-PER', 'في\tO', 'موسكو\tB-LOC', ''].join('\n').repeat(200),
});
const LEX = ['--no-bundled', '--lexicon', join(dir, 'lexicon.jsonl')];
const big = join(dir, 'big.jsonl');

describe.each([['1'], ['2']])('closed stdout with --workers %s', (workers) => {
  test('`alam extract --jsonl < big | head -1`: one line out, alam exits 0, stderr empty', () => {
    requireBuild();
    const script = `"${process.execPath}" "${CLI}" extract --jsonl --workers ${workers} ${LEX.join(' ')} < "${big}" 2> "${dir}/stderr-${workers}" | head -1; echo "exit=\${PIPESTATUS[0]}"`;
    const result = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 60_000 });
    const [first, status] = result.stdout.trimEnd().split('\n');
    expect(JSON.parse(first as string)).toMatchObject({ id: 0, entities: expect.any(Array) });
    expect(status).toBe('exit=0');
    expect(spawnSync('cat', [`${dir}/stderr-${workers}`], { encoding: 'utf8' }).stdout).toBe('');
  });

  test('the reader closes the pipe after the first line while stdin is still streaming', async () => {
    requireBuild();
    const child = spawn(process.execPath, [CLI, 'extract', '--jsonl', '--workers', workers, ...LEX], { stdio: ['pipe', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    child.stdin.on('error', () => undefined);
    const line = JSON.stringify({ id: 1, text: 'في موسكو' }) + '\n';
    const feed = (): void => {
      while (child.stdin.writable && child.stdin.write(line.repeat(1000)));
    };
    child.stdin.on('drain', feed);
    feed();
    const firstLine = await new Promise<string>((resolve) => {
      let seen = '';
      child.stdout.on('data', (c: Buffer) => {
        seen += c.toString();
        const newline = seen.indexOf('\n');
        if (newline !== -1) {
          child.stdout.destroy();
          resolve(seen.slice(0, newline));
        }
      });
    });
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(JSON.parse(firstLine)).toMatchObject({ id: 1 });
    expect(code).toBe(0);
    expect(stderr).toBe('');
  });
});

test('text mode also stops quietly on a closed stdout', () => {
  requireBuild();
  const text = join(dir, 'long.txt');
  writeFileSync(text, 'في موسكو\n'.repeat(100_000));
  const script = `"${process.execPath}" "${CLI}" extract -f tsv ${LEX.join(' ')} "${text}" 2> "${dir}/stderr-text" | head -1; echo "exit=\${PIPESTATUS[0]}"`;
  const result = spawnSync('bash', ['-c', script], { encoding: 'utf8', timeout: 60_000 });
  expect(result.stdout).toBe('file\tstart\tend\ttype\ttext\tnormalized\tcanonical\tid\tscore\nexit=0\n');
  expect(spawnSync('cat', [`${dir}/stderr-text`], { encoding: 'utf8' }).stdout).toBe('');
});

// With --workers the answer used to wait for the next line or EOF: the await below never returned.
test.each([['1'], ['2']])('a co-process can write one record and wait for its answer (--workers %s)', async (workers) => {
  requireBuild();
  const child = spawn(process.execPath, [CLI, 'extract', '--jsonl', '--workers', workers, ...LEX], { stdio: ['pipe', 'pipe', 'pipe'] });
  let buffered = '';
  const waiting: Array<(line: string) => void> = [];
  child.stdout.on('data', (c: Buffer) => {
    buffered += c.toString();
    for (let newline = buffered.indexOf('\n'); newline !== -1 && waiting.length > 0; newline = buffered.indexOf('\n')) {
      const line = buffered.slice(0, newline);
      buffered = buffered.slice(newline + 1);
      (waiting.shift() as (line: string) => void)(line);
    }
  });
  const ask = (record: object): Promise<string> =>
    new Promise((resolve) => {
      waiting.push(resolve);
      child.stdin.write(JSON.stringify(record) + '\n');
    });
  expect(JSON.parse(await ask({ id: 1, text: 'في موسكو' }))).toMatchObject({ id: 1, entities: [{ text: 'موسكو' }] });
  expect(JSON.parse(await ask({ id: 2, text: 'وروسيا' }))).toMatchObject({ id: 2, entities: [{ text: 'روسيا' }] });
  child.stdin.end();
  expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
});

// A reader that is gone before alam writes a byte (`alam --help | true`): every command's first write
// meets EPIPE, and it must end the run quietly, not as an uncaught error with a stack trace.
describe('every command exits quietly when stdout is closed before it writes', () => {
  const conll = join(dir, 'tiny.conll');
  test.each([
    [['--help']],
    [['--version']],
    [['extract', '--help']],
    [['normalize', '--help']],
    [['tokenize', '--help']],
    [['eval', '--help']],
    [['eval', conll, '--errors', '1000']],
  ])('alam %p', async (args) => {
    requireBuild();
    const child = spawn(process.execPath, [CLI, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
  });
});
