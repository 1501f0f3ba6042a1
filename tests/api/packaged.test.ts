import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempDir } from '../support/create-temp-dir';
import { CLEAN_ENV, packPackage, ROOT, runNpm } from '../support/pack-package';

/**
 * Tests of the package that ships: `npm pack` it, install the tarball into an empty project with npm
 * as a user would (dependencies come from npm's cache, filled by `npm ci`), and use it the ways the
 * README says — require, import, the subpath exports, TypeScript types and the binary — and weigh it.
 */
const SAMPLE = 'التقى نظيره الروسي نيكولاي باتروشيف في موسكو';
/** «الجزاءر» is a misspelling only fuzzy matching reads as Algeria. */
const MISSPELT = 'وصل الى الجزاءر امس';
const MAX_INSTALL_BYTES = 25 * 1024 * 1024;
/** Issue 13: the packed package, compiled lexicon and model included, stays at most 8 MB. */
const MAX_PACKED_BYTES = 8e6;


function duBytes(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const info = statSync(path);
    total += info.isDirectory() ? duBytes(path) : info.size;
  }
  return total;
}

describe('the packed package, installed into an empty project', () => {
  const work = createTempDir('alam-pack-');
  let project: string;
  let tarball: string;
  let files: string[];
  const node = (args: string[]): string => execFileSync(process.execPath, args, { cwd: project, env: CLEAN_ENV, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  const npm = (args: string[]): string => runNpm(args, project);

  beforeAll(() => {
    ({ tarball, files } = packPackage(work));
    project = join(work, 'project');
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
    // natural's storage back-ends call dotenv, which prints to stdout when it finds a .env file.
    writeFileSync(join(project, '.env'), 'CONSUMER_SECRET=1\n');
    npm(['install', tarball]);
  }, 180_000);

  test('ships the build, the compiled lexicon, the license and the notices, and nothing else', () => {
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/stream/index.js', 'dist/eval/index.js', 'dist/cli.js', 'data/lexicon.bin', 'data/model.bin', 'lexicons/NOTICE', 'LICENSE', 'README.md', 'package.json']));
    const outside = files.filter((f) => !f.startsWith('dist/') && !['data/lexicon.bin', 'data/model.bin', 'lexicons/NOTICE', 'lexicons/README.md', 'LICENSE', 'README.md', 'package.json'].includes(f));
    expect(outside).toEqual([]);
    expect(files.filter((f) => /\.conll$|corpora\/|\.test\.|^tests\//.test(f))).toEqual([]);
  });

  test(`packs into at most ${MAX_PACKED_BYTES / 1e6} MB, the compiled lexicon and the model included`, () => {
    expect(statSync(tarball).size).toBeLessThanOrEqual(MAX_PACKED_BYTES);
  });

  test(`installs in at most ${MAX_INSTALL_BYTES / 1024 / 1024} MB: alam and arabic-persian-reshaper, natural left to those who ask for fuzzy matching`, () => {
    const modules = join(project, 'node_modules');
    expect(readdirSync(modules).filter((name) => !name.startsWith('.')).sort()).toEqual(['alam', 'arabic-persian-reshaper']);
    expect(duBytes(modules)).toBeLessThanOrEqual(MAX_INSTALL_BYTES);
  });

  test('require("alam") works and does no work at import time', () => {
    const out = node([
      '-e',
      `const t = process.hrtime.bigint(); const alam = require('alam'); const ms = Number(process.hrtime.bigint() - t) / 1e6;
       console.log(JSON.stringify({ ms, names: alam.extract(${JSON.stringify(SAMPLE)}).map((e) => e.type + ':' + e.text) }));`,
    ]);
    const { ms, names } = JSON.parse(out) as { ms: number; names: string[] };
    expect(names).toEqual(['PERSON:نيكولاي باتروشيف', 'PLACE:موسكو']);
    expect(ms).toBeLessThan(1000);
  });

  test('import from "alam", "alam/stream" and "alam/eval" works', () => {
    const out = node([
      '--input-type=module',
      '-e',
      `import { extract, createExtractor } from 'alam'; import { extractJsonl, extractTextChunks } from 'alam/stream'; import { readConll } from 'alam/eval';
       console.log(typeof createExtractor, typeof extractJsonl, typeof extractTextChunks, typeof readConll, extract(${JSON.stringify(SAMPLE)}).length);`,
    ]);
    expect(out.trim()).toBe('function function function function 2');
    expect(node(['-e', "console.log(typeof require('alam/stream').extractStream, typeof require('alam/eval').evaluateConll)"]).trim()).toBe('function function');
  });

  test('the type declarations resolve for TypeScript consumers, CommonJS and ES modules, subpaths included', () => {
    const source = `import { extract, type Entity } from 'alam';
import { extractTextChunks, type ExtractedChunk } from 'alam/stream';
import { readConll, type ConllSentence } from 'alam/eval';
const entities: Entity[] = extract('في موسكو');
const first: number = entities[0]?.start ?? -1;
const sentences: ConllSentence[] = readConll('في\\tO\\n', 'x.conll');
const chunks: AsyncGenerator<ExtractedChunk> = extractTextChunks(['في موسكو']);
export { first, sentences, chunks };
`;
    writeFileSync(join(project, 'index.ts'), source);
    writeFileSync(join(project, 'index.mts'), source);
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const check = (file: string): string => {
      const result = spawnSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'node16', '--moduleResolution', 'node16', '--types', 'node', '--typeRoots', join(ROOT, 'node_modules', '@types'), file], { cwd: project, env: CLEAN_ENV, encoding: 'utf8' });
      return `${result.status} ${result.stdout}${result.stderr}`;
    };
    expect(check('index.ts')).toBe('0 ');
    expect(check('index.mts')).toBe('0 ');
  }, 180_000);

  test('the binary runs from the package', () => {
    const bin = join(project, 'node_modules', '.bin', 'alam');
    expect(execFileSync(bin, ['--version'], { cwd: project, env: CLEAN_ENV, encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const out = execFileSync(bin, ['extract', '--jsonl'], { cwd: project, env: CLEAN_ENV, encoding: 'utf8', input: JSON.stringify({ id: 1, text: SAMPLE }) + '\n' });
    expect((JSON.parse(out) as { entities: unknown[] }).entities).toHaveLength(2);
  });

  test('fuzzy matching without natural: a clear error naming the install command', () => {
    expect(() => node(['-e', "require('alam').createExtractor({ fuzzy: true })"])).toThrow(/fuzzy matching needs the package natural.*npm install natural/);
    const cli = spawnSync(join(project, 'node_modules', '.bin', 'alam'), ['extract', '--fuzzy'], { cwd: project, env: CLEAN_ENV, encoding: 'utf8', input: MISSPELT });
    expect({ status: cli.status, stdout: cli.stdout }).toEqual({ status: 2, stdout: '' });
    expect(cli.stderr).toMatch(/^alam extract: fuzzy matching needs the package natural, .*: npm install natural\n/);
    // Exact matching never needs it.
    expect(node(['-e', `console.log(require('alam').extract(${JSON.stringify(SAMPLE)}).length)`]).trim()).toBe('2');
  });

  test('with natural installed, fuzzy matching works and nothing but results reaches stdout', () => {
    npm(['install', 'natural@^8.1.1']);
    const out = node(['-e', `console.log(JSON.stringify(require('alam').createExtractor({ fuzzy: true }).extract(${JSON.stringify(MISSPELT)}).map((e) => [e.text, e.source.kind, e.source.id])))`]);
    expect(out).toBe(`${JSON.stringify([['الجزاءر', 'fuzzy', 'country:DZ']])}\n`);
    const jsonl = execFileSync(join(project, 'node_modules', '.bin', 'alam'), ['extract', '--jsonl', '--fuzzy'], { cwd: project, env: CLEAN_ENV, encoding: 'utf8', input: JSON.stringify({ id: 1, text: MISSPELT }) + '\n' });
    expect(jsonl.trimEnd().split('\n').map((line) => (JSON.parse(line) as { id: number }).id)).toEqual([1]);
    expect(existsSync(join(project, 'node_modules', 'natural'))).toBe(true);
  }, 180_000);
});
