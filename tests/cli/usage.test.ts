import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempDir } from '../support/create-temp-dir';
import { runAlam } from './run-alam';

const dir = createTempDir('alam-cli-', {
  'bad-lexicon.jsonl': '{"type":"COUNTRY","name":"روسيا"}\n\n{"type":"CITY","name":"موسكو"}\n',
  'typo-lexicon.json': '[{"type":"PLACE","name":"موسكو","varients":["موسكوا"]}]',
  'broken.json': '[{"type":"PLACE",',
});

describe('alam usage errors: exit 2, message and pointer to --help on stderr, nothing on stdout', () => {
  test.each<[string[], string]>([
    [['extract', '--formta', 'json'], "alam extract: unknown option '--formta' for 'alam extract' (did you mean '--format'?)"],
    [['extract', '--format', 'xml'], "alam extract: --format: unknown format 'xml' (expected json, jsonl, tsv, conll, html, pretty)"],
    [['extract', '--jsonl', '--format', 'tsv'], 'alam extract: --jsonl writes JSONL records; it cannot be combined with --format tsv'],
    [['extract', '--types', 'PERSON,CITY'], "alam extract: --types: unknown entity type 'CITY' (expected PERSON, COUNTRY, ORGANIZATION, PLACE, NATIONALITY)"],
    [['extract', '--conventions', 'ace'], "alam extract: --conventions: unknown conventions 'ace' (expected general, anercorp)"],
    [['extract', '--workers', '2'], 'alam extract: --workers applies to JSONL records mode only (add --jsonl)'],
    [['extract', '--jsonl', '--workers', '0'], "alam extract: --workers needs a positive integer, got '0'"],
    [['extract', '--jsonl', '--workers', 'two'], "alam extract: --workers needs a positive integer, got 'two'"],
    [['extract', '-', '-'], "alam extract: stdin ('-') can be given only once"],
    [['extract', '--format'], "alam extract: option '--format' needs a value (FORMAT)"],
    [['extract', '--explain=yes'], "alam extract: option '--explain' takes no value"],
    [['extract', '--lexicon', 'nowhere.jsonl'], 'alam extract: --lexicon nowhere.jsonl: no such file or directory'],
    [['extract', '--lexicon', join(dir, 'bad-lexicon.jsonl')], `alam extract: ${join(dir, 'bad-lexicon.jsonl')}:line 3, entry #1: unknown type "CITY"; expected one of PERSON, COUNTRY, ORGANIZATION, PLACE, NATIONALITY`],
    [['extract', '--lexicon', join(dir, 'typo-lexicon.json')], `alam extract: ${join(dir, 'typo-lexicon.json')}:line 1, entry #0: unknown field "varients"; expected type, name, variants, id, subtype`],
    [['tokenize', 'a.txt', 'b.txt'], 'alam tokenize: alam tokenize reads one input (a FILE or - for stdin), got 2'],
    [['frobnicate'], "alam: unknown command 'frobnicate' (to extract from a file: alam extract frobnicate); commands: extract, normalize, tokenize, eval"],
  ])('alam %j', async (args, message) => {
    const result = await runAlam(args);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const [first, second] = result.stderr.split('\n');
    expect(first).toBe(message);
    expect(second).toMatch(/^Try 'alam( \w+)? --help'\.$/);
  });

  test('a lexicon file that is not valid JSON names the file', async () => {
    const result = await runAlam(['extract', '--lexicon', join(dir, 'broken.json')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(new RegExp(`^alam extract: ${join(dir, 'broken.json')}:line 1: invalid JSON: `));
  });

  test('no command prints the overview on stderr', async () => {
    const result = await runAlam([]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('Usage: alam <command>');
  });
});

describe('help and version', () => {
  test.each([
    [['--help'], 'Usage: alam <command>'],
    [['help', 'extract'], 'Usage: alam extract'],
    [['extract', '--help'], 'Usage: alam extract'],
    [['extract', '-h'], 'Usage: alam extract'],
    [['normalize', '--help'], 'Usage: alam normalize'],
    [['tokenize', '--help'], 'Usage: alam tokenize'],
    [['eval', '--help'], 'alam eval'],
  ])('alam %j', async (args, heading) => {
    const result = await runAlam(args);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain(heading);
  });

  test('every extract option is documented in its help, with the exit codes', async () => {
    const { stdout } = await runAlam(['extract', '--help']);
    for (const option of ['--format', '--jsonl', '--types', '--explain', '--nested', '--fuzzy', '--lexicon', '--no-bundled', '--conventions', '--text-field', '--workers', '--shape', '--no-fold-harakat', '--no-fold-ta-marbuta']) {
      expect(stdout).toContain(option);
    }
    expect(stdout).toMatch(/Exit codes:\n {2}0 {2}success; bad JSONL records .*\n {2}1 .*\n {2}2 .*\n {2}3 .*\n {2}4 {2}the output could not be written/);
  });

  test('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string };
    expect(await runAlam(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
  });
});
