'use strict';
// Profiles alam's hot path with `node --cpu-prof` and prints the top functions by self time.
// Usage: node bench/profile.js [--docs] [--seconds=N] [--top=N]
//   default: repeated extract() of the bench's 1 MB document; --docs: per-document calls.
// Uses (and if needed builds) the full bench corpus. Profiles land in bench/out/prof/.
const fs = require('fs');
const path = require('path');
const { resolveBenchPaths } = require('./lib/resolve-bench-paths');
const { spawnNode } = require('./lib/spawn-node');
const { summarizeProfile } = require('./lib/summarize-profile');
const { formatTable, formatNumber } = require('./lib/format-table');
const { buildCorpus } = require('./lib/build-corpus');
const { createBenchConfig } = require('./lib/create-bench-config');

async function main() {
  const argv = process.argv.slice(2);
  const option = (name, fallback) => {
    const hit = argv.find((a) => a.startsWith(`--${name}=`));
    return hit ? Number(hit.split('=')[1]) : fallback;
  };
  const mode = argv.includes('--docs') ? 'docs' : 'big';
  const seconds = option('seconds', 15);
  const top = option('top', 25);
  const paths = resolveBenchPaths();
  const corpus = buildCorpus({ sources: [paths.anercorp, paths.wikifane], outDir: path.join(paths.out, 'corpus-full'), ...createBenchConfig('full').corpus });
  const input = mode === 'docs' ? corpus.docsFile : corpus.bigFile;
  const profDir = path.join(paths.out, 'prof');
  fs.mkdirSync(profDir, { recursive: true });
  const name = `alam-${mode}-${Date.now()}.cpuprofile`;
  const run = await spawnNode(['--cpu-prof', `--cpu-prof-dir=${profDir}`, `--cpu-prof-name=${name}`, path.join(paths.bench, 'profile-target.js'), mode, input, String(seconds)], { cwd: paths.root });
  if (run.code !== 0) throw new Error(`profile target exited ${run.code}: ${run.stderr.trim().slice(-1500)}`);
  // Paths are shown relative to the benched build's root (the checkout, or a snapshot in ALAM_DIST).
  const summary = summarizeProfile(JSON.parse(fs.readFileSync(path.join(profDir, name), 'utf8')), { root: path.dirname(paths.dist) });
  process.stdout.write(`# alam CPU profile (${mode === 'docs' ? 'per-document calls' : '1 MB document'}, ${seconds} s): ${run.stdout.trim()}\n\n`);
  process.stdout.write(
    `${formatTable(
      ['function', 'where', 'self ms', 'self %'],
      // Regular expressions are named by their source: cut to keep the table readable.
      summary.functions.slice(0, top).map((f) => [f.name.length > 60 ? `${f.name.slice(0, 57)}…` : f.name, f.where, formatNumber(f.selfMs, 0), formatNumber(f.share * 100, 1)]),
      ['l', 'l', 'r', 'r'],
    )}\n\nprofile: ${path.relative(paths.root, path.join(profDir, name))}\n`,
  );
}

main().catch((err) => {
  process.stderr.write(`profile failed: ${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
