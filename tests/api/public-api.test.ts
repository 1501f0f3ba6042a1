import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Pins the public API of the built package: every export by name and kind, and the shape of the
 * main calls. A change here is a change of the API, made on purpose (and in the README).
 */
const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const alam = require(ROOT) as Record<string, unknown>;

describe('the public API', () => {
  test('exports exactly these names', () => {
    const shape = Object.fromEntries(Object.keys(alam).sort().map((name) => [name, typeof alam[name]]));
    expect(shape).toEqual({
      ConllError: 'function',
      DEFAULT_TYPES: 'object',
      ENTITY_TYPES: 'object',
      LexiconError: 'function',
      OUTPUT_FORMATS: 'object',
      createExtractor: 'function',
      createFormatter: 'function',
      createJsonlPipeline: 'function',
      createOutputSink: 'function',
      decodeUtf8: 'function',
      evaluateConll: 'function',
      extract: 'function',
      extractJsonl: 'function',
      extractRecords: 'function',
      extractStream: 'function',
      formatDocuments: 'function',
      formatErrorSummary: 'function',
      formatReport: 'function',
      normalize: 'function',
      parseEntries: 'function',
      readConll: 'function',
      readEntriesFile: 'function',
      runEvalCommand: 'function',
      selectSplit: 'function',
      summarizeErrors: 'function',
      toEntityRecord: 'function',
      tokenize: 'function',
    });
  });

  test('constants', () => {
    expect(alam['ENTITY_TYPES']).toEqual(['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE', 'NATIONALITY']);
    expect(alam['DEFAULT_TYPES']).toEqual(['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE']);
    expect(alam['OUTPUT_FORMATS']).toEqual(['json', 'jsonl', 'tsv', 'conll', 'html', 'pretty']);
  });

  test('an entity has these fields, with offsets into the original string', () => {
    const extract = alam['extract'] as (text: string) => Record<string, unknown>[];
    const input = 'زار وفدٌ روسيا';
    const [entity] = extract(input);
    expect(Object.keys(entity ?? {}).sort()).toEqual(['canonical', 'end', 'id', 'normalized', 'score', 'source', 'start', 'text', 'type']);
    expect(entity).toMatchObject({ type: 'COUNTRY', start: 9, end: 14, text: 'روسيا', id: 'country:RU', source: { kind: 'lexicon', id: 'country:RU' } });
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

  test('the declarations ship with the build, and the entry file only re-exports', () => {
    expect(existsSync(join(ROOT, 'dist', 'index.d.ts'))).toBe(true);
    const entry = readFileSync(join(ROOT, 'src', 'index.ts'), 'utf8');
    const statements = entry.split('\n').filter((line) => line.trim() !== '' && !line.trim().startsWith('//'));
    expect(statements.filter((line) => !/^(export\b|\s|\}|\w+,?$)/.test(line))).toEqual([]);
  });

  test('importing the package does no work: no lexicon is read', () => {
    const script = `const fs = require('fs'); const read = fs.readFileSync; let reads = 0;
      fs.readFileSync = (...a) => { if (String(a[0]).endsWith('lexicon.bin')) reads++; return read(...a); };
      require(${JSON.stringify(ROOT)}); console.log(reads);`;
    expect(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim()).toBe('0');
  });
});
