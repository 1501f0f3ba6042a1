import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/**
 * The shape of src/'s imports: library modules import the modules they need, never a package entry
 * point (an entry importing its own users made an 8-module cycle that every worker thread loaded), and
 * no module reaches itself again through what it loads at run time. Type-only imports are erased by
 * the compiler and are not counted.
 */
const SRC = join(__dirname, '..', '..', 'src');
const ENTRIES = ['index.ts', 'stream/index.ts', 'eval/index.ts'];

function listSources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return listSources(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The src files a module loads at run time (relative specifiers of value imports and re-exports). */
function runtimeImports(file: string): string[] {
  const source = readFileSync(file, 'utf8');
  const found: string[] = [];
  const statement = /^(import|export)\s+(type\s+)?([^;]*?)\s+from\s+'(\.[^']*)'/gms;
  for (let match = statement.exec(source); match !== null; match = statement.exec(source)) {
    const [, , typeOnly, clause = '', specifier = ''] = match;
    if (typeOnly !== undefined) continue;
    // `import { type A, type B } from …` is erased too.
    const names = /^\{([^}]*)\}$/s.exec(clause.trim())?.[1];
    if (names !== undefined && names.split(',').every((name) => name.trim() === '' || name.trim().startsWith('type '))) continue;
    found.push(resolveModule(file, specifier));
  }
  for (const match of source.matchAll(/^import\s+'(\.[^']*)'/gm)) found.push(resolveModule(file, match[1] as string));
  return found;
}

function resolveModule(from: string, specifier: string): string {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) if (existsSync(candidate)) return candidate;
  throw new Error(`${relative(SRC, from)}: cannot resolve '${specifier}'`);
}

const files = listSources(SRC);
const graph = new Map(files.map((file) => [file, runtimeImports(file)]));
const name = (file: string): string => relative(SRC, file);

describe('the import graph of src/', () => {
  test('no module imports a package entry point (src/index.ts, src/stream/index.ts, src/eval/index.ts)', () => {
    const entries = new Set(ENTRIES.map((entry) => join(SRC, entry)));
    const offenders = files.flatMap((file) =>
      readFileSync(file, 'utf8').match(/from\s+'\.[^']*'/g)?.map((clause) => clause.slice(clause.indexOf("'") + 1, -1))
        .filter((specifier) => entries.has(resolveModule(file, specifier)))
        .map((specifier) => `${name(file)} imports '${specifier}'`) ?? [],
    );
    expect(offenders).toEqual([]);
  });

  test('no runtime import cycles', () => {
    const cycles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (file: string, path: string[]): void => {
      if (state.get(file) === 'done') return;
      if (state.get(file) === 'open') {
        cycles.push([...path.slice(path.indexOf(file)), file].map(name).join(' → '));
        return;
      }
      state.set(file, 'open');
      for (const next of graph.get(file) ?? []) visit(next, [...path, file]);
      state.set(file, 'done');
    };
    for (const file of files) visit(file, []);
    expect(cycles).toEqual([]);
  });

  test('the graph is read: the extractor loads the pipeline stages', () => {
    expect((graph.get(join(SRC, 'extractor.ts')) ?? []).map(name)).toEqual(expect.arrayContaining(['types.ts', 'normalize/fold-text.ts']));
  });
});
