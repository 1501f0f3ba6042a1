import { join } from 'node:path';
import { annotate } from '../stream/fixtures';
import { createTempDir } from '../support/create-temp-dir';
import { runAlam, TEST_LEXICON_JSONL } from './run-alam';

interface JsonDocument {
  file: string;
  entities: Array<{ type: string; start: number; end: number; text: string; id?: string; source?: unknown }>;
}

const dir = createTempDir('alam-cli-', {
  'lexicon.jsonl': TEST_LEXICON_JSONL,
  'a.txt': 'اكد علي شمخاني في موسكو',
  'b.txt': 'وروسيا وايران\n',
  'hamza.txt': 'زار إيران',
  'bad-utf8.txt': Buffer.concat([Buffer.from('في موسكو ', 'utf8'), Buffer.from([0xff]), Buffer.from(' و', 'utf8'), Buffer.from([0xd8]), Buffer.from(' روسيا', 'utf8')]),
});
const file = (name: string): string => join(dir, name);
const LEX = ['--no-bundled', '--lexicon', file('lexicon.jsonl')];

function annotatedDocs(stdout: string, texts: Record<string, string>): string[] {
  return (JSON.parse(stdout) as JsonDocument[]).map((d) => `${d.file}: ${annotate(texts[d.file] ?? '', d.entities)}`);
}

describe('alam extract (text mode)', () => {
  test('stdin → JSON when stdout is not a terminal', async () => {
    const result = await runAlam(['extract', ...LEX], { input: 'اكد علي شمخاني في موسكو' });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(annotatedDocs(result.stdout, { '<stdin>': 'اكد علي شمخاني في موسكو' })).toEqual(['<stdin>: اكد [علي شمخاني](PERSON) في [موسكو](PLACE)']);
  });

  test('several files and - (stdin), in the order given', async () => {
    const result = await runAlam(['extract', ...LEX, file('a.txt'), '-', file('b.txt')], { input: 'في روسيا' });
    expect(result.code).toBe(0);
    expect(annotatedDocs(result.stdout, { [file('a.txt')]: 'اكد علي شمخاني في موسكو', '<stdin>': 'في روسيا', [file('b.txt')]: 'وروسيا وايران\n' })).toEqual([
      `${file('a.txt')}: اكد [علي شمخاني](PERSON) في [موسكو](PLACE)`,
      '<stdin>: في [روسيا](COUNTRY)',
      `${file('b.txt')}: و[روسيا](COUNTRY) و[ايران](COUNTRY)\n`,
    ]);
  });

  test('a missing file is reported and skipped; the others are still processed; exit 1', async () => {
    const result = await runAlam(['extract', ...LEX, file('a.txt'), file('missing.txt'), dir, file('b.txt')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`alam: ${file('missing.txt')}: no such file or directory\nalam: ${dir}: is a directory\n`);
    expect((JSON.parse(result.stdout) as JsonDocument[]).map((d) => d.file)).toEqual([file('a.txt'), file('b.txt')]);
  });

  test('invalid UTF-8 is replaced, with a warning naming the file, byte offset and count', async () => {
    const result = await runAlam(['extract', ...LEX, file('bad-utf8.txt')]);
    expect(result.code).toBe(0);
    const offset = Buffer.byteLength('في موسكو ');
    expect(result.stderr).toBe(`alam: warning: ${file('bad-utf8.txt')}: 2 invalid UTF-8 sequences replaced with U+FFFD (first at byte ${offset})\n`);
    const [doc] = JSON.parse(result.stdout) as JsonDocument[];
    expect(doc?.entities.map((e) => e.text)).toEqual(['موسكو', 'روسيا']);
  });

  test('--types keeps only the types asked for (NATIONALITY only on request)', async () => {
    const text = 'الرئيس الروسي علي شمخاني في موسكو';
    const types = async (args: string[]): Promise<string[]> => {
      const r = await runAlam(['extract', ...LEX, ...args], { input: text });
      return (JSON.parse(r.stdout) as JsonDocument[])[0]?.entities.map((e) => e.type) ?? [];
    };
    expect(await types(['--types', 'place'])).toEqual(['PLACE']);
    expect(await types(['-t', 'PERSON,PLACE'])).toEqual(['PERSON', 'PLACE']);
  });

  test("--conventions anercorp leaves a ministry named by its domain untagged, as ANERcorp does; 'general' is the default", async () => {
    const found = async (args: string[]): Promise<string[]> => {
      const r = await runAlam(['extract', '--format', 'json', ...args], { input: 'قالت وزارة الصحة ان' });
      return (JSON.parse(r.stdout) as JsonDocument[])[0]?.entities.map((e) => e.text) ?? [];
    };
    expect(await found([])).toEqual(['وزارة الصحة']);
    expect(await found(['--conventions', 'general', '--no-model'])).toEqual(['وزارة الصحة']);
    expect(await found(['--conventions', 'anercorp'])).toEqual([]);
  });

  test('--explain adds the provenance', async () => {
    const result = await runAlam(['extract', ...LEX, '--explain'], { input: 'في موسكو' });
    expect((JSON.parse(result.stdout) as JsonDocument[])[0]?.entities[0]?.source).toEqual({ kind: 'lexicon', id: 'place:moscow' });
  });

  test('--no-fold-alef stops «إيران» from matching «ايران»', async () => {
    const ids = async (args: string[]): Promise<Array<string | undefined>> => {
      const r = await runAlam(['extract', ...LEX, ...args, file('hamza.txt')]);
      return (JSON.parse(r.stdout) as JsonDocument[])[0]?.entities.map((e) => e.id) ?? [];
    };
    expect(await ids([])).toEqual(['country:IR']);
    expect(await ids(['--no-fold-alef'])).toEqual([]);
  });

  test.each([
    ['tsv', (out: string) => out.split('\n')[1]?.split('\t').slice(3, 5), ['PLACE', 'موسكو']],
    ['conll', (out: string) => out.split('\n').slice(0, 2), ['في\tO', 'موسكو\tB-PLACE']],
    ['pretty', (out: string) => out.split('\n')[0], 'في [موسكو](PLACE)'],
    ['html', (out: string) => /<mark data-type="PLACE"[^>]*>(.*?)<\/mark>/.exec(out)?.[1], 'موسكو'],
  ])('--format %s', async (format, pick, expected) => {
    const result = await runAlam(['extract', ...LEX, '--format', format], { input: 'في موسكو' });
    expect(result.code).toBe(0);
    expect(pick(result.stdout)).toEqual(expected);
  });

  test('pretty: no colour off a terminal unless --color', async () => {
    const plain = await runAlam(['extract', ...LEX, '-f', 'pretty'], { input: 'في موسكو' });
    const forced = await runAlam(['extract', ...LEX, '-f', 'pretty', '--color'], { input: 'في موسكو' });
    expect(plain.stdout).not.toContain('\u001b[');
    expect(forced.stdout.split('\n')[0]).toBe('في \u001b[1;33mموسكو\u001b[0m');
  });
});
