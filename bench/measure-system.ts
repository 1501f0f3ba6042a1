// Child process of bench/run.ts: measures ONE system in a fresh process so its JIT state,
// heap and peak RSS are its own. Usage: node build/bench/measure-system.js <config.json>
// Prints one line `BENCH_RESULT <json>`.
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { isAlam, type AccuracyResult, type BenchSystem, type BigResult, type ChildConfig, type ChildResult, type DocsResult, type EntityForm, type ScalingResult, type StreamResult } from './lib/bench-types';
import { createSystem } from './lib/create-system';
import { median } from './lib/median';
import { nowMs } from './lib/now-ms';
import { passDocs } from './lib/pass-docs';
import { readDocs } from './lib/read-docs';
import { scoreWithEval } from './lib/score-with-eval';
import { takeText } from './lib/take-text';

async function extractCount(system: BenchSystem, text: string): Promise<number> {
  return (system.isAsync ? await system.extract(text) : (system.extract(text) as readonly unknown[])).length;
}

async function timeCall(system: BenchSystem, text: string): Promise<{ ms: number; entities: number }> {
  const t0 = nowMs();
  const entities = await extractCount(system, text);
  return { ms: nowMs() - t0, entities };
}

async function measureDocs(system: BenchSystem, docs: readonly string[], cfg: ChildConfig): Promise<DocsResult> {
  const warm = await passDocs(system, docs, { budgetMs: cfg.budgetMs });
  const runs = [];
  for (let r = 0; r < cfg.runs; r += 1) runs.push(await passDocs(system, docs, { limit: warm.count }));
  const ms = median(runs.map((run) => run.ms));
  const done = runs[0] ?? warm;
  return {
    runs: runs.length,
    docs: done.count,
    chars: done.chars,
    bytes: done.bytes,
    coverage: done.chars / docs.reduce((sum, d) => sum + d.length, 0),
    entities: done.entities,
    msAll: runs.map((run) => run.ms),
    ms,
    mcharsPerSec: done.chars / ms / 1e3,
    mbPerSec: done.bytes / ms / 1e3,
  };
}

async function measureBig(system: BenchSystem, big: string, cfg: ChildConfig): Promise<BigResult> {
  if (cfg.skipBig) return { skipped: cfg.skipBig };
  const first = await timeCall(system, big);
  const runs: number[] = [];
  if (cfg.bigBudgetMs !== undefined && first.ms <= cfg.bigBudgetMs) {
    for (let r = 0; r < cfg.runs; r += 1) runs.push((await timeCall(system, big)).ms);
  }
  const msAll = runs.length ? runs : [first.ms];
  const ms = median(msAll);
  const bytes = Buffer.byteLength(big, 'utf8');
  return {
    runs: msAll.length,
    firstMs: first.ms,
    chars: big.length,
    bytes,
    entities: first.entities,
    msAll,
    ms,
    mcharsPerSec: big.length / ms / 1e3,
    mbPerSec: bytes / ms / 1e3,
    note: runs.length ? undefined : `first call took ${Math.round(first.ms)} ms > budget: 1 run`,
  };
}

async function measureScaling(system: BenchSystem, docs: readonly string[], cfg: ChildConfig): Promise<ScalingResult> {
  const { baseChars, factors } = cfg.scaling;
  await timeCall(system, takeText(docs, baseChars));
  const points: { factor: number; chars: number; msAll: number[]; ms: number; ratio?: number }[] = [];
  for (const factor of factors) {
    const text = takeText(docs, baseChars * factor);
    const msAll: number[] = [];
    for (let r = 0; r < cfg.runs; r += 1) {
      msAll.push((await timeCall(system, text)).ms);
      if ((msAll[0] as number) > cfg.scaling.budgetMs) break;
    }
    points.push({ factor, chars: text.length, msAll, ms: median(msAll) });
    if (median(msAll) > cfg.scaling.budgetMs) break;
  }
  const base = points[0]?.ms ?? NaN;
  for (const p of points) p.ratio = p.ms / base;
  return { baseChars, points };
}

async function measureAccuracy(system: BenchSystem, cfg: ChildConfig): Promise<{ sets: AccuracyResult[] }> {
  const sets: AccuracyResult[] = [];
  for (const set of cfg.accuracy.sets) sets.push(await scoreWithEval(system, { dist: cfg.dist, ...set }));
  return { sets };
}

async function streamDocs(system: BenchSystem, file: string, big: string): Promise<StreamResult> {
  // Reads docs.jsonl 1 MB at a time so the peak RSS is the system's, not a 20 MB corpus array's.
  const fd = openSync(file, 'r');
  const chunk = Buffer.alloc(1 << 20);
  let rest = '';
  let docs = 0;
  let entities = 0;
  const t0 = nowMs();
  for (;;) {
    const n = readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    const lines = (rest + chunk.toString('utf8', 0, n)).split('\n');
    rest = lines.pop() ?? '';
    for (const line of lines) {
      if (line === '') continue;
      entities += await extractCount(system, (JSON.parse(line) as { text: string }).text);
      docs += 1;
    }
  }
  closeSync(fd);
  if (big) entities += await extractCount(system, big);
  return { docs, entities, ms: nowMs() - t0, withBig: Boolean(big) };
}

async function main(): Promise<void> {
  const cfg = JSON.parse(readFileSync(process.argv[2] ?? '', 'utf8')) as ChildConfig;
  const docs = cfg.tasks.some((t) => t === 'docs' || t === 'scaling') ? readDocs(cfg.docsFile) : [];
  const big = cfg.tasks.includes('big') || (cfg.tasks.includes('rss') && !cfg.skipBig) ? readFileSync(cfg.bigFile, 'utf8') : '';
  // Only the peers are given the entity forms; alam loads its own bundled lexicon, and a 36k-form
  // array held in its process would count in its RSS (13 MB).
  const forms = cfg.formsFile && !isAlam(cfg.system) ? (JSON.parse(readFileSync(cfg.formsFile, 'utf8')) as { forms: EntityForm[] }).forms : [];
  const rssBeforeLoadMB = process.memoryUsage().rss / 1e6;

  const t0 = nowMs();
  const system = createSystem(cfg.system, { dist: cfg.dist });
  const loadInfo = system.load(forms);
  const load = { ms: nowMs() - t0, offered: isAlam(system.name) ? undefined : forms.length, ...loadInfo };
  const rssAfterLoadMB = process.memoryUsage().rss / 1e6;

  const rss = cfg.tasks.includes('rss') ? await streamDocs(system, cfg.docsFile, cfg.skipBig ? '' : big) : undefined;
  const docsResult = cfg.tasks.includes('docs') ? await measureDocs(system, docs, cfg) : undefined;
  const bigResult = cfg.tasks.includes('big') ? await measureBig(system, big, cfg) : undefined;
  const scaling = cfg.tasks.includes('scaling') ? await measureScaling(system, docs, cfg) : undefined;
  const accuracy = cfg.tasks.includes('accuracy') ? await measureAccuracy(system, cfg) : undefined;
  const cpu = process.cpuUsage();
  const out: ChildResult = {
    system: cfg.system,
    tasks: cfg.tasks,
    rssBeforeLoadMB,
    load,
    label: system.label,
    rssAfterLoadMB,
    ...(rss ? { rss } : {}),
    ...(docsResult ? { docs: docsResult } : {}),
    ...(bigResult ? { big: bigResult } : {}),
    ...(scaling ? { scaling } : {}),
    ...(accuracy ? { accuracy } : {}),
    maxRssMB: (process.resourceUsage().maxRSS * 1024) / 1e6,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
  };
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(out)}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error && err.stack ? err.stack : String(err)}\n`);
  process.exit(1);
});
