import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Tests of the package that ships: `npm pack` it, unpack it as a dependency of a fresh project,
 * and use it the ways the README says — require, import, TypeScript types and the binary.
 * Its own dependencies are found through NODE_PATH (the repository's node_modules), so nothing
 * is downloaded.
 */
const ROOT = join(__dirname, '..', '..');
const SAMPLE = 'التقى نظيره الروسي نيكولاي باتروشيف في موسكو';

describe('the packed package', () => {
  let project: string;
  let files: string[];
  const env = { ...process.env, NODE_PATH: join(ROOT, 'node_modules') };
  const node = (args: string[]): string => execFileSync(process.execPath, args, { cwd: project, env, encoding: 'utf8' });

  beforeAll(() => {
    const work = mkdtempSync(join(tmpdir(), 'alam-pack-'));
    const listing = execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'silent' } });
    const [packed] = JSON.parse(listing) as { filename: string; files: { path: string }[] }[];
    files = (packed?.files ?? []).map((f) => f.path);
    project = join(work, 'project');
    const target = join(project, 'node_modules', 'alam');
    mkdirSync(target, { recursive: true });
    execFileSync('tar', ['-xzf', join(work, packed?.filename ?? ''), '-C', target, '--strip-components=1']);
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true }));
  }, 120000);

  afterAll(() => {
    if (project) rmSync(join(project, '..'), { recursive: true, force: true });
  });

  test('ships the build, the compiled lexicon and the notices, and nothing else', () => {
    expect(files).toEqual(expect.arrayContaining(['dist/index.js', 'dist/index.d.ts', 'dist/cli.js', 'data/lexicon.bin', 'lexicons/NOTICE', 'README.md', 'package.json']));
    const outside = files.filter((f) => !f.startsWith('dist/') && !['data/lexicon.bin', 'lexicons/NOTICE', 'lexicons/README.md', 'README.md', 'package.json'].includes(f));
    expect(outside).toEqual([]);
    expect(files.filter((f) => /\.conll$|corpora\/|\.test\.|^tests\//.test(f))).toEqual([]);
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

  test('import { extract } from "alam" works', () => {
    const out = node(['--input-type=module', '-e', `import { extract, createExtractor } from 'alam'; console.log(typeof createExtractor, extract(${JSON.stringify(SAMPLE)}).length);`]);
    expect(out.trim()).toBe('function 2');
  });

  test('the type declarations resolve for a TypeScript consumer', () => {
    writeFileSync(
      join(project, 'index.ts'),
      `import { extract, type Entity } from 'alam';\nconst entities: Entity[] = extract('في موسكو');\nconst first: number = entities[0]?.start ?? -1;\nexport { first };\n`,
    );
    const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    execFileSync(process.execPath, [tsc, '--noEmit', '--strict', '--module', 'node16', '--moduleResolution', 'node16', '--types', 'node', '--typeRoots', join(ROOT, 'node_modules', '@types'), 'index.ts'], {
      cwd: project,
      env,
      encoding: 'utf8',
    });
    expect(existsSync(join(project, 'node_modules', 'alam', 'dist', 'index.d.ts'))).toBe(true);
  });

  test('the binary runs from the package', () => {
    const version = node([join(project, 'node_modules', 'alam', 'dist', 'cli.js'), '--version']);
    expect(version.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(readdirSync(join(project, 'node_modules', 'alam', 'data'))).toEqual(['lexicon.bin']);
  });
});
