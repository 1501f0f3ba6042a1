// Profiles alam's hot path with `node --cpu-prof` and prints the top functions by self time.
// Default: repeated extract() of the bench's 1 MB document; --docs: per-document calls.
// Uses (and if needed builds) the full bench corpus. Profiles land in bench/out/prof/.
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { runScript, readInteger } from '../scripts/lib/script-args';
import { buildCorpus } from './lib/build-corpus';
import { createBenchConfig } from './lib/create-bench-config';
import { formatNumber, formatTable } from './lib/format-table';
import { resolveBenchPaths } from './lib/resolve-bench-paths';
import { spawnNode } from './lib/spawn-node';
import { summarizeProfile, type CpuProfile } from './lib/summarize-profile';

runScript(
  {
    name: 'profile',
    usage: 'npm run profile -- [--docs] [--seconds N] [--top N]',
    about: "Profiles alam's hot path (node --cpu-prof) on the bench corpus and prints the top functions by self time.",
    options: [
      { name: 'docs', kind: 'flag', description: 'per-document calls instead of the 1 MB document' },
      { name: 'seconds', kind: 'value', valueName: 'N', description: 'how long to profile (default 15)' },
      { name: 'top', kind: 'value', valueName: 'N', description: 'functions shown (default 25)' },
    ],
  },
  async (args) => {
    const mode = args.flag('docs') ? 'docs' : 'big';
    const seconds = readInteger(args, 'seconds', 15, 1);
    const top = readInteger(args, 'top', 25, 1);
    const paths = resolveBenchPaths();
    const corpus = buildCorpus({ sources: [paths.anercorp, paths.wikifane], outDir: join(paths.out, 'corpus-full'), ...createBenchConfig('full').corpus });
    const input = mode === 'docs' ? corpus.docsFile : corpus.bigFile;
    const profDir = join(paths.out, 'prof');
    mkdirSync(profDir, { recursive: true });
    const name = `alam-${mode}-${Date.now()}.cpuprofile`;
    const run = await spawnNode(['--cpu-prof', `--cpu-prof-dir=${profDir}`, `--cpu-prof-name=${name}`, join(paths.bench, 'profile-target.js'), mode, input, String(seconds)], { cwd: paths.root });
    if (run.code !== 0) throw new Error(`profile target exited ${run.code}: ${run.stderr.trim().slice(-1500)}`);
    // Paths are shown relative to the benched build's root (the checkout, or a snapshot in ALAM_DIST).
    const summary = summarizeProfile(JSON.parse(readFileSync(join(profDir, name), 'utf8')) as CpuProfile, { root: dirname(paths.dist) });
    process.stdout.write(`# alam CPU profile (${mode === 'docs' ? 'per-document calls' : '1 MB document'}, ${seconds} s): ${run.stdout.trim()}\n\n`);
    process.stdout.write(
      `${formatTable(
        ['function', 'where', 'self ms', 'self %'],
        // Regular expressions are named by their source: cut to keep the table readable.
        summary.functions.slice(0, top).map((f) => [f.name.length > 60 ? `${f.name.slice(0, 57)}…` : f.name, f.where, formatNumber(f.selfMs, 0), formatNumber(f.share * 100, 1)]),
        ['l', 'l', 'r', 'r'],
      )}\n\nprofile: ${relative(paths.root, join(profDir, name))}\n`,
    );
  },
);
