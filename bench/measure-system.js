'use strict';
// Child process of bench/run.js: measures ONE system in a fresh process so its JIT state,
// heap and peak RSS are its own. Usage: node bench/measure-system.js <config.json>
// Prints one line `BENCH_RESULT <json>`.
const fs = require('fs');
const { createSystem } = require('./lib/create-system');
const { readDocs } = require('./lib/read-docs');
const { passDocs } = require('./lib/pass-docs');
const { takeText } = require('./lib/take-text');
const { median } = require('./lib/median');
const { nowMs } = require('./lib/now-ms');
const { scoreWithEval } = require('./lib/score-with-eval');

async function timeCall(system, text) {
  const t0 = nowMs();
  const result = system.isAsync ? await system.extract(text) : system.extract(text);
  return { ms: nowMs() - t0, entities: result.length };
}

async function measureDocs(system, docs, cfg) {
  const warm = await passDocs(system, docs, { budgetMs: cfg.budgetMs });
  const runs = [];
  for (let r = 0; r < cfg.runs; r += 1) runs.push(await passDocs(system, docs, { limit: warm.count }));
  const ms = median(runs.map((run) => run.ms));
  const done = runs[0];
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

async function measureBig(system, big, cfg) {
  if (cfg.skipBig) return { skipped: cfg.skipBig };
  const first = await timeCall(system, big);
  const runs = [];
  if (first.ms <= cfg.bigBudgetMs) {
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

async function measureScaling(system, docs, cfg) {
  const { baseChars, factors } = cfg.scaling;
  await timeCall(system, takeText(docs, baseChars));
  const points = [];
  for (const factor of factors) {
    const text = takeText(docs, baseChars * factor);
    const msAll = [];
    for (let r = 0; r < cfg.runs; r += 1) {
      msAll.push((await timeCall(system, text)).ms);
      if (msAll[0] > cfg.scaling.budgetMs) break;
    }
    points.push({ factor, chars: text.length, msAll, ms: median(msAll) });
    if (median(msAll) > cfg.scaling.budgetMs) break;
  }
  const base = points[0].ms;
  for (const p of points) p.ratio = p.ms / base;
  return { baseChars, points };
}

async function measureAccuracy(system, cfg) {
  const sets = [];
  for (const set of cfg.accuracy.sets) sets.push(await scoreWithEval(system, { dist: cfg.dist, ...set }));
  return { sets };
}

async function streamDocs(system, file, big) {
  // Reads docs.jsonl 1 MB at a time so the peak RSS is the system's, not a 20 MB corpus array's.
  const fd = fs.openSync(file, 'r');
  const chunk = Buffer.alloc(1 << 20);
  let rest = '';
  let docs = 0;
  let entities = 0;
  const t0 = nowMs();
  for (;;) {
    const n = fs.readSync(fd, chunk, 0, chunk.length, null);
    if (n === 0) break;
    const lines = (rest + chunk.toString('utf8', 0, n)).split('\n');
    rest = lines.pop();
    for (const line of lines) {
      if (line === '') continue;
      const text = JSON.parse(line).text;
      entities += (system.isAsync ? await system.extract(text) : system.extract(text)).length;
      docs += 1;
    }
  }
  fs.closeSync(fd);
  if (big) entities += (system.isAsync ? await system.extract(big) : system.extract(big)).length;
  return { docs, entities, ms: nowMs() - t0, withBig: Boolean(big) };
}

async function main() {
  const cfg = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const out = { system: cfg.system, tasks: cfg.tasks };
  const docs = cfg.tasks.some((t) => t === 'docs' || t === 'scaling') ? readDocs(cfg.docsFile) : [];
  const big = cfg.tasks.includes('big') || (cfg.tasks.includes('rss') && !cfg.skipBig) ? fs.readFileSync(cfg.bigFile, 'utf8') : '';
  // Only the peers are given the entity forms; alam loads its own bundled lexicon, and a 36k-form
  // array held in its process would count in its RSS (13 MB).
  const forms = cfg.formsFile && cfg.system !== 'alam' ? JSON.parse(fs.readFileSync(cfg.formsFile, 'utf8')).forms : [];
  out.rssBeforeLoadMB = process.memoryUsage().rss / 1e6;

  const t0 = nowMs();
  const system = createSystem(cfg.system, { dist: cfg.dist });
  const loadInfo = system.load(forms);
  out.load = { ms: nowMs() - t0, offered: system.name === 'alam' ? undefined : forms.length, ...loadInfo };
  out.label = system.label;
  out.rssAfterLoadMB = process.memoryUsage().rss / 1e6;

  if (cfg.tasks.includes('rss')) out.rss = await streamDocs(system, cfg.docsFile, cfg.skipBig ? '' : big);
  if (cfg.tasks.includes('docs')) out.docs = await measureDocs(system, docs, cfg);
  if (cfg.tasks.includes('big')) out.big = await measureBig(system, big, cfg);
  if (cfg.tasks.includes('scaling')) out.scaling = await measureScaling(system, docs, cfg);
  if (cfg.tasks.includes('accuracy')) out.accuracy = await measureAccuracy(system, cfg);
  out.maxRssMB = (process.resourceUsage().maxRSS * 1024) / 1e6;
  const cpu = process.cpuUsage();
  out.cpuSeconds = (cpu.user + cpu.system) / 1e6;
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(out)}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
