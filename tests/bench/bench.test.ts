import { spawnSync, type SpawnSyncReturns } from 'child_process';
import { readFileSync } from 'fs';
import path from 'path';
import { SECTION_TITLES as SECTIONS } from '../../bench/lib/render-report';
import { createTempDir } from '../support/create-temp-dir';
import { describeWithShared, SHARED_DIR } from '../support/shared-data';

// The tiny bench runs every part once on a few KB so bench/ never rots. Times are NOT asserted:
// they depend on the machine and its load; only that every part ran and was reported.
const ROOT = path.resolve(__dirname, '../..');
const SYSTEM_LABELS = ['alam', 'wink-ner', '@nlpjs/ner', '@nlpjs/ner, per line'];

interface TinyResults {
  mode: string;
  systems: Record<string, { docs?: { entities: number }; accuracy?: { sets: { name: string; micro: { gold: number } }[] }; error?: string }>;
  targets: { what: string; status: string }[];
}

// The bench builds its corpus from, and scores on, the shared corpora.
const CORPORA = ['corpora/anercorp/train.conll', 'corpora/wikifane/all.conll', 'corpora/aqmar/dev.conll'];

describeWithShared('npm run bench -- --tiny', CORPORA, () => {
  const out = createTempDir('alam-bench-');
  let run: SpawnSyncReturns<string>;
  beforeAll(() => {
    run = spawnSync(process.execPath, ['build/bench/run.js', '--tiny'], {
      cwd: ROOT,
      env: { ...process.env, ALAM_SHARED: SHARED_DIR, ALAM_BENCH_OUT: out },
      encoding: 'utf8',
      timeout: 170000,
    });
  }, 180_000);

  it('exits 0', () => {
    expect({ status: run.status, stderr: run.status === 0 ? '' : run.stderr }).toEqual({ status: 0, stderr: '' });
  });

  it.each(SECTIONS)('prints the section «%s»', (title) => {
    expect(run.stdout).toContain(`\n## ${title}\n`);
  });

  it.each(SYSTEM_LABELS)('has a per-document throughput row for %s', (label) => {
    const section = run.stdout.split('## Throughput per document')[1]?.split('\n## ')[0] ?? '';
    expect(section).toMatch(new RegExp(`^\\| ${label.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} +\\| +[0-9]`, 'm'));
  });

  it('writes the results as JSON, every system measured and scored on both gold sets', () => {
    const results = JSON.parse(readFileSync(path.join(out, 'latest-tiny.json'), 'utf8')) as TinyResults;
    expect(results.mode).toBe('tiny');
    for (const name of ['alam', 'wink', 'nlpjs', 'nlpjs-sentence']) {
      const sys = results.systems[name];
      expect(sys?.error).toBeUndefined();
      expect(sys?.accuracy?.sets.map((s) => s.name)).toEqual(['ANERcorp DEV20', 'AQMAR dev']);
      expect(sys?.accuracy?.sets.every((s) => s.micro.gold > 0)).toBe(true);
    }
    expect(results.targets.length).toBeGreaterThanOrEqual(8);
  });
});
