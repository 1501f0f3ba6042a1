import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Pins the public API of the built package: the entry points of package.json "exports", every export
 * of each by name and kind, and the shape of the main calls. A change here is a change of the API,
 * made on purpose (and in the README).
 */
const ROOT = join(__dirname, '..', '..');

/** Loads an entry point the way a user does: by its package name, resolved through "exports" (self-reference). */
function load(specifier: string): Record<string, unknown> {
  const path = execFileSync(process.execPath, ['-p', `require.resolve(${JSON.stringify(specifier)})`], { cwd: ROOT, encoding: 'utf8' }).trim();
  return require(path) as Record<string, unknown>;
}

function shapeOf(module: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.keys(module).sort().map((name) => [name, typeof module[name]]));
}

const alam = load('alam');

describe('the public API', () => {
  test('package.json exports exactly these entry points, each with its types', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { exports: Record<string, unknown>; main: string; types: string };
    expect(manifest.exports).toEqual({
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './stream': { types: './dist/stream/index.d.ts', default: './dist/stream/index.js' },
      './eval': { types: './dist/eval/index.d.ts', default: './dist/eval/index.js' },
      './package.json': './package.json',
    });
    for (const entry of Object.values(manifest.exports)) {
      if (typeof entry === 'string') continue;
      for (const file of Object.values(entry as Record<string, string>)) expect(existsSync(join(ROOT, file))).toBe(true);
    }
    expect([manifest.main, manifest.types]).toEqual(['./dist/index.js', './dist/index.d.ts']);
  });

  test('alam exports exactly these names', () => {
    expect(shapeOf(alam)).toEqual({
      ANNOTATION_CONVENTIONS: 'object',
      DEFAULT_TYPES: 'object',
      ENTITY_TYPES: 'object',
      LexiconError: 'function',
      OUTPUT_FORMATS: 'object',
      createExtractor: 'function',
      createFormatter: 'function',
      extract: 'function',
      formatDocuments: 'function',
      normalize: 'function',
      parseEntries: 'function',
      readEntriesFile: 'function',
      tokenize: 'function',
    });
  });

  test('alam/stream exports exactly these names', () => {
    expect(shapeOf(load('alam/stream'))).toEqual({
      OutputError: 'function',
      createJsonlPipeline: 'function',
      extractJsonl: 'function',
      extractRecords: 'function',
      extractStream: 'function',
      extractTextChunks: 'function',
    });
  });

  test('alam/eval exports exactly these names', () => {
    expect(shapeOf(load('alam/eval'))).toEqual({
      ConllError: 'function',
      SCORED_TYPES: 'object',
      evaluateConll: 'function',
      formatErrorSummary: 'function',
      formatReport: 'function',
      formatTiming: 'function',
      layoutBlocks: 'function',
      readConll: 'function',
      selectSplit: 'function',
      summarizeErrors: 'function',
    });
  });

  test('deep imports are closed: only the exported entry points resolve', () => {
    const resolve = (specifier: string): string =>
      execFileSync(process.execPath, ['-e', `try { require.resolve(${JSON.stringify(specifier)}); console.log('ok') } catch (e) { console.log(e.code) }`], { cwd: ROOT, encoding: 'utf8' }).trim();
    expect(resolve('alam/dist/stream/create-output-sink')).toBe('ERR_PACKAGE_PATH_NOT_EXPORTED');
    expect(resolve('alam/package.json')).toBe('ok');
  });

  test('constants', () => {
    expect(alam['ENTITY_TYPES']).toEqual(['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE', 'NATIONALITY']);
    expect(alam['DEFAULT_TYPES']).toEqual(['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE']);
    expect(alam['ANNOTATION_CONVENTIONS']).toEqual(['general', 'anercorp']);
    expect(alam['OUTPUT_FORMATS']).toEqual(['json', 'jsonl', 'tsv', 'conll', 'html', 'pretty']);
  });

  test('an entity has these fields, with offsets into the original string', () => {
    const extract = alam['extract'] as (text: string) => Record<string, unknown>[];
    const input = 'زار وفدٌ روسيا';
    const [entity] = extract(input);
    expect(Object.keys(entity ?? {}).sort()).toEqual(['canonical', 'end', 'id', 'normalized', 'score', 'source', 'start', 'text', 'type']);
    expect(entity).toMatchObject({ type: 'COUNTRY', start: 9, end: 14, text: 'روسيا', id: 'country:RU', source: { kind: 'model', id: expect.stringMatching(/^tagger-/) } });
    expect(input.slice(entity?.['start'] as number, entity?.['end'] as number)).toBe(entity?.['text']);
  });

  test('an extractor has extract() and its options', () => {
    const createExtractor = alam['createExtractor'] as (options?: object) => Record<string, unknown>;
    const extractor = createExtractor({ types: ['PLACE'] });
    expect(Object.keys(extractor).sort()).toEqual(['extract', 'options']);
    expect(extractor['options']).toEqual({ types: ['PLACE'] });
  });

  test('normalize and tokenize return these shapes', () => {
    const normalized = (alam['normalize'] as (text: string) => Record<string, unknown>)('أ');
    expect(Object.keys(normalized).sort()).toEqual(['ends', 'original', 'starts', 'text', 'toOriginal']);
    const [token] = (alam['tokenize'] as (text: string) => Record<string, unknown>[])('وروسيا');
    expect(Object.keys(token ?? {}).sort()).toEqual(['end', 'kind', 'normalized', 'splits', 'start', 'text']);
  });

  test('the declarations ship with the build, and the entry files only re-export', () => {
    for (const entry of ['index', 'stream/index', 'eval/index']) {
      expect(existsSync(join(ROOT, 'dist', `${entry}.d.ts`))).toBe(true);
      const source = readFileSync(join(ROOT, 'src', `${entry}.ts`), 'utf8');
      const statements = source.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('//'));
      expect(statements.filter((line) => !/^(export\b|\s|\}|\w+,?$)/.test(line))).toEqual([]);
    }
  });

  test('importing the package does no work: no lexicon is read', () => {
    const script = `const fs = require('fs'); const read = fs.readFileSync; let reads = 0;
      fs.readFileSync = (...a) => { if (String(a[0]).endsWith('lexicon.bin')) reads++; return read(...a); };
      require('alam'); require('alam/stream'); require('alam/eval'); console.log(reads);`;
    expect(execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' }).trim()).toBe('0');
  });
});
