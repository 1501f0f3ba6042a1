import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createExtractor, formatDocuments, type OutputFormat } from '../../src/index';
import { TEST_OPTIONS } from '../stream/fixtures';
import { createTempDir } from '../support/create-temp-dir';
import { CLI, requireBuild, runAlam, TEST_LEXICON_JSONL } from './run-alam';

// Text files are read and extracted in chunks cut at paragraph or line breaks, and each chunk's
// output is written as it is made. The memory this saves is measured in bench/ (bench/README.md);
// here: that the output is the output of the whole text, offsets included.

const PARAGRAPHS = [
  'اكد علي شمخاني في موسكو ان الاتفاق قائم.',
  'وروسيا وايران اتفقتا امس.\nوفي سطر ثان: زار وفد روسي موسكو.',
  'لا كيانات في هذه الفقرة.',
  'زار موسكو وفد من ايران امس.',
];
const TEXT = Array.from({ length: 40 }, (_, i) => PARAGRAPHS[i % PARAGRAPHS.length]).join('\n\n') + '\n';
const dir = createTempDir('alam-cli-', { 'lexicon.jsonl': TEST_LEXICON_JSONL, 'long.txt': TEXT });
const LEX = ['--no-bundled', '--lexicon', join(dir, 'lexicon.jsonl'), '--types', 'PERSON,COUNTRY,ORGANIZATION,PLACE,NATIONALITY'];
const FILE = join(dir, 'long.txt');
const CHUNK = 150;

// The CLI's lexicon, as library options: the same entries, every type.
const extractor = createExtractor({ ...TEST_OPTIONS, entries: [...(TEST_OPTIONS.entries ?? []), { type: 'NATIONALITY', name: 'روسي', id: 'nationality:RU' }], types: ['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE', 'NATIONALITY'] });
const WHOLE = extractor.extract(TEXT);

describe.each<OutputFormat>(['json', 'tsv', 'conll', 'html', 'pretty'])('alam extract -f %s on a file read in chunks', (format) => {
  test('equals the whole text formatted at once (no entity crosses a cut)', async () => {
    const chunked = await runAlam(['extract', '-f', format, '--chunk-size', String(CHUNK), ...LEX, FILE]);
    expect({ code: chunked.code, stderr: chunked.stderr }).toEqual({ code: 0, stderr: '' });
    const types = ['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE', 'NATIONALITY'] as const;
    expect(chunked.stdout).toBe(formatDocuments(format, [{ name: FILE, text: TEXT, entities: WHOLE }], { chunkSize: CHUNK, types }));
    if (format === 'json' || format === 'tsv' || format === 'conll') {
      // These formats do not show parts: the output is that of one chunk for the whole file.
      const unchunked = await runAlam(['extract', '-f', format, ...LEX, FILE]);
      expect(unchunked.stdout).toBe(chunked.stdout);
    }
  });
});

test('offsets are into the whole file, whichever chunk an entity was found in', async () => {
  const result = await runAlam(['extract', '-f', 'json', '--chunk-size', '100', ...LEX, FILE]);
  const [document] = JSON.parse(result.stdout) as Array<{ entities: Array<{ start: number; end: number; text: string }> }>;
  const entities = document?.entities ?? [];
  expect(entities.length).toBe(WHOLE.length);
  expect(entities.filter((e) => e.start > 100 * 10)).not.toEqual([]);
  for (const entity of entities) expect(TEXT.slice(entity.start, entity.end)).toBe(entity.text);
});

test('stdin is read in chunks too', async () => {
  const result = await runAlam(['extract', '-f', 'tsv', '--chunk-size', '100', ...LEX], { input: TEXT });
  expect(result.stdout).toBe(formatDocuments('tsv', [{ name: '<stdin>', text: TEXT, entities: WHOLE }]));
});

test('the output of a chunk is written before the rest of the input arrives', async () => {
  requireBuild();
  const child = spawn(process.execPath, [CLI, 'extract', '-f', 'tsv', '--no-header', '--chunk-size', '100', ...LEX], { stdio: ['pipe', 'pipe', 'pipe'] });
  const firstRow = new Promise<string>((resolve) => {
    let seen = '';
    child.stdout.on('data', (c: Buffer) => {
      seen += c.toString();
      if (seen.includes('\n')) resolve(seen.slice(0, seen.indexOf('\n')));
    });
  });
  // Three paragraphs (more than one chunk), and stdin left open.
  child.stdin.write(TEXT.slice(0, 300));
  expect((await firstRow).split('\t').slice(1, 5)).toEqual(['4', '14', 'PERSON', 'علي شمخاني']);
  child.stdin.end();
  expect(await new Promise((resolve) => child.on('close', resolve))).toBe(0);
});

describe('UTF-16 files (with a byte order mark) read as text, not as broken UTF-8', () => {
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
  const files = createTempDir('alam-cli-', { 'le.txt': utf16le, 'be.txt': Buffer.from(utf16le).swap16(), 'utf8-bom.txt': '\uFEFF' + TEXT });

  test.each([['le.txt'], ['be.txt']])('%s: the entities of the same text in UTF-8, offsets counting the mark', async (name) => {
    const [utf16, utf8] = await Promise.all([runAlam(['extract', '-f', 'tsv', '--no-header', ...LEX, join(files, name)]), runAlam(['extract', '-f', 'tsv', '--no-header', ...LEX, join(files, 'utf8-bom.txt')])]);
    expect(utf16.stderr).toBe('');
    expect(utf16.stdout.split('\n').length).toBeGreaterThan(WHOLE.length);
    expect(utf16.stdout.replaceAll(join(files, name), 'F')).toBe(utf8.stdout.replaceAll(join(files, 'utf8-bom.txt'), 'F'));
  });

  test('JSONL in UTF-16 is read too', async () => {
    const jsonl = '{"id":1,"text":"في موسكو"}\n{"id":2,"text":"روسيا"}\n';
    const input = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(jsonl, 'utf16le')]);
    const result = await runAlam(['extract', '--jsonl', ...LEX], { input });
    expect({ code: result.code, stderr: result.stderr }).toEqual({ code: 0, stderr: '' });
    expect(result.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { entities: Array<{ text: string }> }).entities.map((e) => e.text))).toEqual([['موسكو'], ['روسيا']]);
  });

  test('normalize and tokenize read UTF-16 too', async () => {
    const normalized = await runAlam(['normalize', join(files, 'le.txt')]);
    expect(normalized.stdout.startsWith('اكد علي شمخاني')).toBe(true);
    const tokens = await runAlam(['tokenize', '--no-header', join(files, 'be.txt')]);
    // The byte order mark is the text's first code unit: the first word starts at 1.
    expect(tokens.stdout.split('\n')[0]).toBe('word\t1\t4\tاكد\tاكد\t');
  });
});

test('--chunk-size is a number of characters, and applies to text files only', async () => {
  expect(await runAlam(['extract', '--chunk-size', '1', ...LEX, FILE])).toMatchObject({ code: 2, stderr: expect.stringMatching(/--chunk-size needs a number of characters from 2/) });
  expect(await runAlam(['extract', '--jsonl', '--chunk-size', '100', ...LEX], { input: '' })).toMatchObject({ code: 2, stderr: expect.stringMatching(/--chunk-size applies to text files/) });
});
