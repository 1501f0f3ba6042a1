import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempDir } from '../support/create-temp-dir';

// Every example runs with the one command in its header, against the built package (`require('alam')`
// and `require('alam/stream')` resolve to this repository through the package.json "exports"
// self-reference), so they cannot rot.

const ROOT = join(__dirname, '..', '..');
const EXAMPLES = join(ROOT, 'examples');

function runExample(file: string, args: string[] = []): { status: number | null; stdout: string; stderr: string } {
  if (!existsSync(join(ROOT, 'dist', 'index.js'))) throw new Error('dist/index.js is missing: run npm run build before this test');
  const result = spawnSync(process.execPath, [join('examples', file), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('examples/', () => {
  const html = createTempDir('alam-example-');

  test('every example is covered here and documents its run command', () => {
    const scripts = readdirSync(EXAMPLES).filter((f) => f.endsWith('.js')).sort();
    expect(scripts).toEqual(['custom-lexicon.js', 'extract-string.js', 'html-view.js', 'stream-jsonl.js']);
    for (const script of scripts) {
      const source = readFileSync(join(EXAMPLES, script), 'utf8');
      expect(source).toContain(`Run (after \`npm run build\`): node examples/${script}`);
      expect(source).toMatch(/require\('alam(\/stream|\/eval)?'\)/);
    }
  });

  test('extract-string.js prints typed spans with offsets', () => {
    const { status, stdout, stderr } = runExample('extract-string.js');
    expect([status, stderr]).toEqual([0, '']);
    const lines = stdout.trimEnd().split('\n');
    for (const line of lines) expect(line).toMatch(/^(PERSON|COUNTRY|ORGANIZATION|PLACE) +\d+–\d+ +\S/);
    expect(lines.some((l) => /^PERSON +\d+–\d+ +علي شمخاني/.test(l))).toBe(true);
  });

  test('custom-lexicon.js finds the custom entries with and without the bundled lexicon', () => {
    const { status, stdout, stderr } = runExample('custom-lexicon.js');
    expect([status, stderr]).toEqual([0, '']);
    const [withBundled, onlyMine] = stdout.split('custom only:\n') as [string, string];
    for (const section of [withBundled, onlyMine]) {
      expect(section).toContain('ORGANIZATION شركة النور للبرمجيات  (org:alnoor)');
      expect(section).toContain('PERSON       سلمى الخطيب  (person:salma)');
    }
  });

  test('stream-jsonl.js: one output per record, in order, an error record for the record without text', () => {
    const { status, stdout, stderr } = runExample('stream-jsonl.js');
    expect(status).toBe(0);
    expect(stderr).toBe('records.jsonl:4: missing "text" field\n');
    const jsonl = stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { id: string; error?: string });
    expect(jsonl.map((r) => (r.error === undefined ? r.id : `${r.id}: ${r.error}`))).toEqual(['a1', 'a2', 'a3', 'a4: missing "text" field', 'a5']);
    expect(stdout).toContain('5 records, 1 failed');
    expect(stdout.split('\n').filter((l) => /^a\d: /.test(l)).map((l) => l.slice(0, 2))).toEqual(['a1', 'a2', 'a3', 'a4', 'a5']);
    expect(stdout).toContain('a4: error: missing "text" field');
    // «الوزير سيزور القاهرة»: the verb after the title is no person.
    expect(stdout).toContain('a3: القاهرة/PLACE\n');
  });

  test('html-view.js writes a standalone page', () => {
    const out = join(html, 'article.html');
    const { status, stdout, stderr } = runExample('html-view.js', [out]);
    expect([status, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(new RegExp(`^wrote ${out.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(\\d+ bytes\\)\n$`));
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>\n<html lang="ar" dir="rtl">[\s\S]*<mark data-type="PERSON"/);
  });
});
