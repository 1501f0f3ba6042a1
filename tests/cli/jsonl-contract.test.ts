import { join } from 'node:path';
import { annotate } from '../stream/fixtures';
import { createTempDir } from '../support/create-temp-dir';
import { runAlam, TEST_LEXICON_JSONL } from './run-alam';

const dir = createTempDir('alam-cli-', { 'lexicon.jsonl': TEST_LEXICON_JSONL });
const LEX = ['--no-bundled', '--lexicon', join(dir, 'lexicon.jsonl')];

/** Texts of the good records with the annotation each must come back with. */
const GOOD = [
  'اكد [علي شمخاني](PERSON) في [موسكو](PLACE)',
  'و[روسيا](COUNTRY) و[ايران](COUNTRY) اتفقتا',
  'لا كيانات في هذا السطر',
  'زار [موسكو](PLACE)\tامس "مع" وفد من [ايران](COUNTRY)',
].map((source) => ({ source, text: source.replace(/\[([^\]]*)\]\([A-Z]+\)/g, '$1') }));

/** Broken lines: what is written, the id the error record must carry, and the error. */
const BROKEN: Array<{ line: (i: number) => string; id: (i: number) => unknown; error: RegExp }> = [
  { line: (i) => `{"id":${i},"text":"unterminated`, id: () => null, error: /^invalid JSON: / },
  { line: (i) => `{"id":${i}}`, id: (i) => i, error: /^missing "text" field$/ },
  { line: (i) => `{"id":${i},"text":["not","a","string"]}`, id: (i) => i, error: /^"text" must be a string, got an array$/ },
  { line: () => '', id: () => null, error: /^empty line$/ },
  { line: (i) => `[${i}]`, id: () => null, error: /got an array$/ },
  { line: () => '42', id: () => null, error: /got number$/ },
];

const COUNT = 100_000;
const isBroken = (i: number): boolean => i % 100 === 37;

function makeInput(): string {
  const lines: string[] = [];
  for (let i = 0; i < COUNT; i++) {
    lines.push(isBroken(i) ? (BROKEN[(i / 100) % BROKEN.length | 0] as (typeof BROKEN)[number]).line(i) : JSON.stringify({ id: i, text: (GOOD[i % GOOD.length] as { text: string }).text }));
  }
  return lines.join('\n') + '\n';
}

type OutputLine = { id: unknown; entities: Array<{ start: number; end: number; type: string }> } | { id: unknown; line: number; error: string };

function checkOutput(stdout: string): void {
  const lines = stdout.split('\n');
  expect(lines.pop()).toBe('');
  expect(lines).toHaveLength(COUNT);
  const mismatches: string[] = [];
  lines.forEach((raw, i) => {
    const output = JSON.parse(raw) as OutputLine;
    if (isBroken(i)) {
      const broken = BROKEN[(i / 100) % BROKEN.length | 0] as (typeof BROKEN)[number];
      if (!('error' in output) || output.line !== i + 1 || output.id !== broken.id(i) || !broken.error.test(output.error)) mismatches.push(`line ${i + 1}: ${raw}`);
    } else {
      const good = GOOD[i % GOOD.length] as { source: string; text: string };
      if (!('entities' in output) || output.id !== i || annotate(good.text, output.entities) !== good.source) mismatches.push(`line ${i + 1}: ${raw}`);
    }
  });
  expect(mismatches.slice(0, 5)).toEqual([]);
}

describe('alam extract --jsonl: the 100,000-record contract (1% broken lines)', () => {
  const input = makeInput();
  let single = '';

  test('in-process: one output line per input line, in order, error records on the broken ones, exit 0', async () => {
    const result = await runAlam(['extract', '--jsonl', ...LEX], { input });
    expect(result.code).toBe(0);
    checkOutput(result.stdout);
    single = result.stdout;
    const messages = result.stderr.trimEnd().split('\n');
    // 1,000 broken lines: the first 100 are named on stderr, then a count.
    expect(messages).toHaveLength(101);
    expect(messages[0]).toMatch(/^alam: <stdin>:38: invalid JSON: /);
    expect(messages[100]).toBe('alam: <stdin>: 900 more failed lines not shown (1000 in all; see the error records)');
  });

  test('--workers 2 with small batches gives byte-identical output; --strict makes the bad records exit 1', async () => {
    const result = await runAlam(['extract', '--jsonl', '--strict', '--workers', '2', '--batch-bytes', '4096', ...LEX], { input });
    expect(result.code).toBe(1);
    expect(result.stdout.length).toBe(single.length);
    expect(result.stdout === single).toBe(true);
  });
});

describe('alam extract --jsonl: details', () => {
  const files = createTempDir('alam-cli-', { 'one.jsonl': '{"id":1,"text":"روسيا"}\nbad\n', 'two.jsonl': '{"id":2,"text":"موسكو"}' });
  test('--text-field and --id-field; a missing id is null', async () => {
    const result = await runAlam(['extract', '--jsonl', ...LEX, '--text-field', 'body', '--id-field', 'key'], {
      input: '{"key":"k1","body":"في موسكو"}\n{"body":"روسيا"}\n{"key":"k3","text":"روسيا"}\n',
    });
    const lines = result.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as OutputLine);
    expect(lines.map((l) => ('error' in l ? `${String(l.id)}: ${l.error}` : `${String(l.id)}: ${l.entities.length}`))).toEqual(['k1: 1', 'null: 1', 'k3: missing "body" field']);
  });

  test('several JSONL files one after the other, line numbers per file; a missing one is skipped', async () => {
    const result = await runAlam(['extract', '--jsonl', ...LEX, join(files, 'one.jsonl'), join(files, 'none.jsonl'), join(files, 'two.jsonl')]);
    expect(result.code).toBe(1);
    expect(result.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { id: unknown }).id)).toEqual([1, null, 2]);
    expect(result.stderr).toBe(`alam: ${join(files, 'one.jsonl')}:2: invalid JSON: Unexpected token 'b', "bad" is not valid JSON\nalam: ${join(files, 'none.jsonl')}: no such file or directory\n`);
  });

  test('invalid UTF-8 in a record: replaced, warned with byte offset and line, not a failure', async () => {
    const first = Buffer.from('{"id":1,"text":"روسيا"}\n', 'utf8');
    const second = Buffer.concat([Buffer.from('{"id":2,"text":"في ', 'utf8'), Buffer.from([0xc3, 0x28]), Buffer.from(' موسكو"}\n', 'utf8')]);
    const result = await runAlam(['extract', '--jsonl', ...LEX], { input: Buffer.concat([first, second]) });
    expect(result.code).toBe(0);
    const offset = first.length + Buffer.byteLength('{"id":2,"text":"في ');
    expect(result.stderr).toBe(`alam: warning: <stdin>: 1 invalid UTF-8 sequence replaced with U+FFFD (first at byte ${offset}, line 2)\n`);
    expect((JSON.parse(result.stdout.split('\n')[1] as string) as { entities: Array<{ text: string }> }).entities.map((e) => e.text)).toEqual(['موسكو']);
  });

  test('--format jsonl is the same mode; CRLF input and a byte order mark are accepted', async () => {
    const result = await runAlam(['extract', '--format', 'jsonl', ...LEX], { input: '\uFEFF{"id":1,"text":"روسيا"}\r\n{"id":2,"text":"ايران"}\r\n' });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout.trimEnd().split('\n').map((l) => (JSON.parse(l) as { entities: Array<{ id: string }> }).entities[0]?.id)).toEqual(['country:RU', 'country:IR']);
  });

  test('empty input gives empty output and exit 0', async () => {
    expect(await runAlam(['extract', '--jsonl', ...LEX], { input: '' })).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});
