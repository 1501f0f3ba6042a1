import { isAlam, type BenchResults, type ScalingResult, type SystemName, type SystemResult } from './bench-types';
import type { ColdStart } from './measure-cold-start';
import { formatNumber as n, formatRatio, formatTable } from './format-table';

export const SECTION_TITLES = [
  'Machine',
  'Input',
  'Throughput per document',
  'Throughput, one large document',
  'Cold start',
  'Lexicon load and memory',
  'Scaling',
  'CLI --workers',
  'Accuracy',
  'Targets',
] as const;

type Row = (string | number | undefined | null)[];

function label(results: BenchResults, name: SystemName): string {
  return results.systems[name]?.label || name;
}

function coverage(part: { readonly coverage?: number } | undefined): string {
  if (!part || part.coverage === undefined) return '';
  return part.coverage >= 0.9995 ? 'all' : `${n(part.coverage * 100, part.coverage < 0.01 ? 2 : 1)} %`;
}

function renderMachine(r: BenchResults): string {
  const m = r.machine;
  return formatTable(
    ['CPU', 'cores', 'memory', 'Node', 'OS', 'load at start', 'date', 'alam'],
    [[m.cpu, m.cores, `${m.memoryGB} GB`, m.node, m.platform, m.loadAverage.join(' / '), m.date.slice(0, 16).replace('T', ' '), m.alam || '']],
    ['l', 'r', 'r', 'l', 'l', 'r', 'l', 'l'],
  );
}

function renderInput(r: BenchResults): string {
  const c = r.corpus;
  const f = r.forms;
  return [
    formatTable(
      ['input', 'documents', 'M chars', 'MB UTF-8'],
      [
        [`per-document corpus (${c.copies} × ${c.baseDocs} docs of ~10 sentences, shuffled)`, n(c.docs, 0), n(c.docChars / 1e6, 2), n(c.docBytes / 1e6, 2)],
        ['one large document', 1, n(c.bigChars / 1e6, 2), n(c.bigBytes / 1e6, 2)],
      ],
    ),
    '',
    `Peers were loaded with ${n(f.forms.length, 0)} entity forms (names and variants) of ${n(f.entries, 0)} entries from ${f.source}` +
      (f.skippedContextOnly ? `; ${n(f.skippedContextOnly, 0)} cue-only / context-required entries were left out (alam never matches them bare).` : '.'),
  ].join('\n');
}

function throughputRows(r: BenchResults, part: 'docs' | 'big'): Row[] {
  const alamRate = r.systems.alam?.[part]?.mcharsPerSec;
  return r.order.map((name): Row => {
    const sys: SystemResult = r.systems[name] ?? {};
    const p: { skipped?: string | undefined; mcharsPerSec?: number | undefined; mbPerSec?: number | undefined; coverage?: number; ms?: number | undefined; runs?: number | undefined; entities?: number | undefined; note?: string | undefined; docs?: number } | undefined = sys[part];
    if (!p) return [label(r, name), '—', '—', '—', '—', '—', '—', '—', sys.error ? `error: ${sys.error.slice(0, 80)}` : 'not run'];
    if (p.skipped) return [label(r, name), '—', '—', '—', '—', '—', '—', '—', p.skipped];
    const rate = p.mcharsPerSec ?? NaN;
    const ratio = name === 'alam' ? '' : formatRatio((alamRate ?? NaN) / rate);
    const notes = [p.note, part === 'docs' && (p.coverage ?? 1) < 1 ? `time budget: first ${n(p.docs, 0)} docs` : ''].filter(Boolean).join('; ');
    const others = sys.timingOtherCores === undefined ? '—' : n(sys.timingOtherCores, 2);
    return [
      label(r, name),
      n(p.mcharsPerSec, rate < 0.1 ? 4 : 2),
      n(p.mbPerSec, (p.mbPerSec ?? NaN) < 0.1 ? 4 : 2),
      part === 'docs' ? coverage(p) : n(p.ms, 0),
      p.runs,
      n(p.entities, 0),
      ratio,
      others,
      notes,
    ];
  });
}

function renderThroughput(r: BenchResults, part: 'docs' | 'big'): string {
  const third = part === 'docs' ? 'corpus covered' : 'median ms';
  return formatTable(
    ['system', 'M chars/s', 'MB/s', third, 'runs', 'entities', 'alam ÷ system', 'others\' load', 'notes'],
    throughputRows(r, part),
    ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
  );
}

function renderColdStart(r: BenchResults): string {
  const cs = r.coldStart ?? {};
  const rows: [string, (ColdStart & { skipped?: string }) | undefined][] = [
    ['node -e (bare Node, for reference)', cs.node],
    ...r.order.filter((x) => cs[x]).map((x): [string, ColdStart | undefined] => [`${label(r, x)}${x === 'alam' ? '' : ' (load forms + build + one sentence)'}`, cs[x]]),
  ];
  const alamMs = cs.alam?.ms;
  return formatTable(
    ['process', 'median ms', 'runs', 'alam ÷ process'],
    rows.map(([name, v]) => [name, v && v.ms !== undefined ? n(v.ms, 0) : v && v.skipped ? v.skipped : '—', v ? v.runs || '' : '', v && v.ms && !name.startsWith('node -e') && !name.startsWith('alam') && alamMs ? n(alamMs / v.ms, 2) : '']),
    ['l', 'r', 'r', 'r'],
  );
}

function renderMemory(r: BenchResults): string {
  const lx = r.lexiconLoad ?? {};
  const alamTable = lx.skipped
    ? lx.skipped
    : formatTable(
        ['alam, fresh process (median)', 'require ms', 'first createExtractor ms', 'first extract ms', 'RSS bare MB', 'RSS after load MB', 'heap used MB', 'runs'],
        [['bench/lexicon-load.ts', n(lx.requireMs), n(lx.createMs), n(lx.firstExtractMs), n(lx.rssBareMB), n(lx.rssMB), n(lx.heapUsedMB), lx.runs]],
      );
  const rows = r.order.map((name): Row => {
    const sys: SystemResult = r.systems[name] ?? {};
    const load = sys.load;
    const forms = isAlam(name) ? 'bundled' : load?.loaded !== undefined ? `${n(load.loaded, 0)} / ${n(load.offered, 0)}` : '—';
    return [
      label(r, name),
      n(load?.ms),
      forms,
      n(sys.rssAfterLoadMB),
      n(sys.timingMaxRssMB),
      sys.rss ? n(sys.rss.maxRssMB) : sys.rssSkipped || '—',
    ];
  });
  return [
    alamTable,
    '',
    formatTable(['system', 'load ms', 'forms loaded / offered', 'RSS after load MB', 'peak RSS, timing run MB', 'peak RSS, streaming full run MB'], rows, ['l', 'r', 'r', 'r', 'r', 'r']),
    '',
    'Timing runs hold the whole corpus in memory (≈ 2 bytes per char); the streaming run reads docs.jsonl 1 MB at a time and then extracts the large document, so its peak is the library\'s own footprint plus bare Node (RSS bare above).',
  ].join('\n');
}

function renderScaling(r: BenchResults): string {
  const rows = r.order.map((name): Row => {
    const sc: ScalingResult | undefined = r.systems[name]?.scaling;
    if (!sc) return [label(r, name), '—', '—', '—', '—', 'not run'];
    const at = (f: number): string => {
      const p = sc.points.find((x) => x.factor === f);
      return p ? `${n(p.ms, p.ms < 10 ? 2 : 0)} ms (${n(p.ratio, 1)}×)` : 'stopped (time budget)';
    };
    return [label(r, name), n(sc.baseChars, 0), at(1), at(4), at(16), sc.otherCores === undefined ? '—' : n(sc.otherCores, 2)];
  });
  return formatTable(['system', 'base chars', '1×', '4×', '16×', 'others\' load'], rows, ['l', 'r', 'r', 'r', 'r', 'r']);
}

function renderWorkers(r: BenchResults): string {
  const w = r.workers ?? {};
  if (w.skipped) return w.skipped;
  // Results saved before the bench measured several sizes hold one input at the top level.
  const inputs = w.inputs ?? [{ points: w.points ?? [] }];
  return inputs
    .map((input) => {
      const table = formatTable(
        ['alam extract --jsonl', 'median ms', 'MB/s', 'speed-up'],
        input.points.map((p) => [p.label ?? `--workers ${p.workers}`, n(p.ms, 0), n(p.mbPerSec, 1), formatRatio(p.speedup)]),
      );
      return input.file ? `${input.file}: ${n((input.bytes ?? NaN) / 1e6, 1)} MB${(input.repeats ?? 1) > 1 ? ` (docs.jsonl ×${input.repeats})` : ''}\n\n${table}` : table;
    })
    .join('\n\n');
}

function renderAccuracy(r: BenchResults): string {
  const rows: Row[] = [];
  const sets: string[] = [];
  for (const name of r.order) {
    const acc = r.systems[name]?.accuracy;
    if (!acc) {
      rows.push([label(r, name), '—', '—', '—', '—', '—', '—', '—', '—', '—']);
      continue;
    }
    for (const set of acc.sets) {
      const m = set.micro;
      const f1 = (t: 'PER' | 'LOC' | 'ORG'): string => n(set.byType[t].f1);
      if (!sets.includes(set.name)) sets.push(set.name);
      rows.push([label(r, name), set.name, n(m.precision), n(m.recall), n(m.f1), f1('PER'), f1('LOC'), f1('ORG'), `${m.correct} / ${m.gold}`, n(set.mcharsPerSec, set.mcharsPerSec < 0.1 ? 4 : 2)]);
    }
  }
  return [
    formatTable(['system', 'gold', 'P %', 'R %', 'F1 %', 'PER F1', 'LOC F1', 'ORG F1', 'correct / gold', 'M chars/s'], rows, ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r']),
    '',
    "Scored by alam's eval module (dist/eval, as `npm run eval`): blocks of 10 sentences, spans projected onto the gold tokens, conlleval chunk scores over PER / LOC / ORG (gold MISC not scored; COUNTRY and PLACE both count as LOC). The speed column is the system's own time on those blocks.",
  ].join('\n');
}

function renderTargets(r: BenchResults): string {
  const digits = (t: { readonly unit: string; readonly value: number | null }): number => (t.unit === 'ratio' || t.unit === 'M chars/s' || (t.value !== null && t.value < 10) ? 1 : 0);
  return formatTable(
    ['target', 'wanted', 'measured', 'status'],
    (r.targets ?? []).map((t) => [t.what, t.target, t.value === null ? '—' : `${n(t.value, digits(t))} ${t.unit === 'ratio' ? '×' : t.unit}`, r.mode === 'full' ? t.status : `${t.status} (tiny run: not judged)`]),
    ['l', 'l', 'r', 'l'],
  );
}

/** The whole bench result as Markdown: one `## ` section per figure, in SECTION_TITLES order. */
export function renderReport(r: BenchResults): string {
  const bodies: Record<(typeof SECTION_TITLES)[number], string> = {
    Machine: renderMachine(r),
    Input: renderInput(r),
    'Throughput per document': renderThroughput(r, 'docs'),
    'Throughput, one large document': renderThroughput(r, 'big'),
    'Cold start': renderColdStart(r),
    'Lexicon load and memory': renderMemory(r),
    Scaling: renderScaling(r),
    'CLI --workers': renderWorkers(r),
    Accuracy: renderAccuracy(r),
    Targets: renderTargets(r),
  };
  const head = `# alam bench (${r.mode}${r.quiet && !r.quiet.quiet ? `, machine was busy: load ${r.quiet.load.toFixed(2)}` : ''})`;
  return [head, ...SECTION_TITLES.map((t) => `## ${t}\n\n${bodies[t]}`)].join('\n\n') + '\n';
}

