// @ts-check
// The last step of `npm run build`, after tsc has written dist/ one module a file: bundles the
// package's entries — alam, alam/stream and alam/eval — into one file, dist/alam.js, and turns their
// own files into stubs that load it; the alam binary becomes a bundle of its own. Node resolves, reads and compiles each of ~100
// module files on its own, which took most of a cold start's require (bench/README.md, cold start);
// one file is one read. The entries share the one bundle, so a process that loads two of them has one
// copy of each module, of its classes and of the loaded lexicon and model. The modules stay
// CommonJS in the bundle (tsc's output) and run when first required, as before; the other files of
// dist/ stay as tsc wrote them (the declarations, the scripts' #alam/* imports, the JSONL worker).
// Plain JavaScript because it runs before the scripts are compiled.
'use strict';
const { chmodSync, readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const esbuild = require('esbuild');

const DIST = join(__dirname, '..', 'dist');
const BUNDLE = 'alam.js';
/** Each entry: its file in dist/ and the bundle's export that loads it. */
const ENTRIES = [
  { file: 'index.js', name: 'index' },
  { file: 'stream/index.js', name: 'stream' },
  { file: 'eval/index.js', name: 'evaluation' },
];
const CLI = { file: 'cli.js' };
/**
 * The JSONL pipeline's worker thread (create-worker-pool.ts starts dist/stream/jsonl-worker.js): part
 * of the bundle too, its file a stub that runs it from there, so that each worker reads and compiles
 * one file, not the ~50 module files an extractor needs.
 */
const WORKER = { file: 'stream/jsonl-worker.js', name: 'jsonlWorker' };
/** The package's dependencies stay outside, loaded from node_modules as before. */
const EXTERNAL = ['arabic-persian-reshaper', 'natural', 'natural/*'];

/** The names an entry exports, read from tsc's file before it is replaced. */
function exportNames(file) {
  const exported = require(join(DIST, file));
  return Object.keys(exported).filter((name) => name !== '__esModule');
}

/**
 * The stub of an entry: the same getters tsc writes for a re-export, which is what Node's import of
 * a CommonJS module reads the export names from (`import { extract } from 'alam'`).
 */
function stub(entry, names) {
  const up = entry.file.includes('/') ? '../' : './';
  return [
    '"use strict";',
    `// alam's modules are bundled in dist/${BUNDLE} (scripts/bundle-dist.js); this entry loads them from there.`,
    'Object.defineProperty(exports, "__esModule", { value: true });',
    `const entry = require("${up}${BUNDLE}").${entry.name}();`,
    ...names.map((name) => `Object.defineProperty(exports, "${name}", { enumerable: true, get: function () { return entry.${name}; } });`),
    '',
  ].join('\n');
}

/** esbuild's options for one bundle; the modules stay CommonJS (tsc's output) and run when first required. */
function bundle(contents, outfile) {
  const result = esbuild.buildSync({
    stdin: { contents, resolveDir: DIST, sourcefile: 'bundle-entry.js', loader: 'js' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    // No comments and less whitespace: less to read and parse at every start (the modules keep their names).
    minifyWhitespace: true,
    external: EXTERNAL,
    logLevel: 'warning',
    legalComments: 'none',
    write: false,
  });
  // All ASCII, so that Node reads it as a one-byte string: esbuild leaves the Arabic of regular
  // expressions as it is (/(?:ه|ها)$/), and \uXXXX means the same code unit in a string, a template
  // or a regular expression.
  const code = result.outputFiles[0].text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  writeFileSync(outfile, code);
}

function main() {
  for (const entry of [...ENTRIES, CLI, WORKER]) {
    if (readFileSync(join(DIST, entry.file), 'utf8').includes('bundle-dist')) throw new Error(`dist/${entry.file} is a stub already: run tsc -p tsconfig.build.json first (npm run build)`);
  }
  const names = new Map(ENTRIES.map((entry) => [entry, exportNames(entry.file)]));
  bundle([...ENTRIES, WORKER].map((entry) => `exports.${entry.name} = () => require("./${entry.file}");`).join('\n'), join(DIST, BUNDLE));
  // The binary is a bundle of its own: a process that runs it loads no package entry, and a program
  // that loads alam does not parse the command line's modules.
  const cli = join(DIST, CLI.file);
  bundle(`require("./${CLI.file}");`, cli);
  const code = readFileSync(cli, 'utf8').replace(/^#!.*\n/, '');
  writeFileSync(cli, `#!/usr/bin/env node\n// The alam binary, bundled by scripts/bundle-dist.js.\n${code}`);
  chmodSync(cli, 0o755);
  for (const [entry, exported] of names) writeFileSync(join(DIST, entry.file), stub(entry, exported));
  writeFileSync(join(DIST, WORKER.file), stub(WORKER, []));
}

main();
