import { join } from 'node:path';
import { normalize, tokenize } from '../../src/index';
import { createTempDir } from '../support/create-temp-dir';
import { runAlam } from './run-alam';

const TEXT = 'أَكَّدَ الرئيسُ الإيرانيّ في طهـــران ٢٠١٧\nوالعراق';

describe('alam normalize', () => {
  test('prints the folded text, the same as normalize()', async () => {
    const result = await runAlam(['normalize'], { input: TEXT });
    expect(result).toEqual({ code: 0, stdout: normalize(TEXT).text, stderr: '' });
    expect(result.stdout).toBe('اكد الرييس الايراني في طهران 2017\nوالعراق');
  });

  test('--no-fold-* switches keep what they name', async () => {
    const result = await runAlam(['normalize', '--no-fold-harakat', '--no-fold-digits', '-'], { input: TEXT });
    expect(result.stdout).toBe(normalize(TEXT, { harakat: false, digits: false }).text);
    expect(result.stdout).toContain('٢٠١٧');
    expect(result.stdout).toContain('َ');
  });

  test('--map gives the offset map back to the original', async () => {
    const result = await runAlam(['normalize', '--map'], { input: TEXT });
    const map = JSON.parse(result.stdout) as { file: string; text: string; starts: number[]; ends: number[] };
    expect(map.file).toBe('<stdin>');
    expect(map.starts).toHaveLength(map.text.length);
    const start = map.text.indexOf('طهران');
    const end = start + 'طهران'.length;
    expect(TEXT.slice(map.starts[start], map.ends[end - 1])).toBe('طهـــران');
  });

  test('a missing file: message and exit 1', async () => {
    expect(await runAlam(['normalize', 'missing.txt'])).toEqual({ code: 1, stdout: '', stderr: 'alam: missing.txt: no such file or directory\n' });
  });
});

describe('alam tokenize', () => {
  const dir = createTempDir('alam-cli-', { 'in.txt': TEXT });
  test('one token per line: kind, start, end, text, normalized, splits', async () => {
    const result = await runAlam(['tokenize', join(dir, 'in.txt')]);
    expect(result.code).toBe(0);
    const [header, ...rows] = result.stdout.trimEnd().split('\n').map((l) => l.split('\t'));
    expect(header).toEqual(['kind', 'start', 'end', 'text', 'normalized', 'splits']);
    const tokens = tokenize(TEXT);
    expect(rows).toHaveLength(tokens.length);
    rows.forEach((row, i) => {
      const token = tokens[i];
      expect(row.slice(0, 5)).toEqual([token?.kind, String(token?.start), String(token?.end), token?.text, token?.normalized]);
      expect(TEXT.slice(Number(row[1]), Number(row[2]))).toBe(row[3]);
    });
    const at = TEXT.indexOf('والعراق');
    expect(rows.at(-1)).toEqual(['word', `${at}`, `${at + 7}`, 'والعراق', 'والعراق', `و+العراق@${at + 1}|وال+عراق@${at + 3}`]);
  });

  test('--no-header', async () => {
    const result = await runAlam(['tokenize', '--no-header'], { input: 'في موسكو' });
    expect(result.stdout).toBe('word\t0\t2\tفي\tفي\t\nword\t3\t8\tموسكو\tموسكو\t\n');
  });
});

describe('alam eval', () => {
  const dir = createTempDir('alam-cli-', { 'tiny.conll': 'زار\tO\nموسكو\tB-LOC\n\n' });
  test('is wired to the eval command: scores a CoNLL file', async () => {
    const result = await runAlam(['eval', join(dir, 'tiny.conll'), '--json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual(expect.any(Object));
  });
});
