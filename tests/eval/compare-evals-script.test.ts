import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { BlockCounts } from '../../src/eval';
import { createTempDir } from '../support/create-temp-dir';

// `npm run eval:compare -- A.json B.json`: two reports of `npm run eval -- --json`, compared by a
// paired bootstrap over their blocks. The reports here are invented: forty blocks of five persons.
const ROOT = path.resolve(__dirname, '../..');

function compare(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['build/scripts/compare-evals.js', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

const block = (correct: number): BlockCounts => ({
  PER: { gold: 5, predicted: 4, correct },
  LOC: { gold: 2, predicted: 2, correct: 2 },
  ORG: { gold: 1, predicted: 0, correct: 0 },
});
const report = (correct: (i: number) => number, corpus = 'anercorp'): string =>
  JSON.stringify({
    corpora: [{ corpus, split: 'dev20', conventions: 'anercorp', label: 'ANERcorp DEV20 (invented)', blockSize: 10, blockCounts: Array.from({ length: 40 }, (_, i) => block(correct(i))) }],
  });

describe('npm run eval:compare', () => {
  const dir = createTempDir('alam-compare-', {
    'a.json': report(() => 3),
    // One more person found in every other block.
    'b.json': report((i) => (i % 2 === 0 ? 4 : 3)),
    'aqmar.json': report(() => 3, 'aqmar'),
    'old.json': JSON.stringify({ corpora: [{ corpus: 'anercorp', split: 'dev20', blockSize: 10 }] }),
    'broken.json': '{"corpora": [',
  });
  const at = (name: string): string => path.join(dir, name);

  test('a table per shared corpus: each F1, B − A, its interval and how often B fell below A', () => {
    const run = compare([at('a.json'), at('b.json'), '--samples', '1000']);
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toContain('ANERcorp DEV20 (invented): 40 blocks, 1000 resamples (seed 1)');
    // PER: A 3 of 4 predicted right of 5 (F1 66.67), B 3.5 (F1 77.78); LOC the same in both.
    expect(run.stdout).toMatch(/\| PER \| 66\.67 \| 77\.78 \| \+11\.11 \| \+\d+\.\d\d to \+\d+\.\d\d \| 0 % \|/);
    expect(run.stdout).toContain('| LOC | 100.00 | 100.00 | +0.00 | +0.00 to +0.00 | 0 % |');
  });

  test('--format json gives the same figures', () => {
    const run = compare([at('a.json'), at('b.json'), '--samples', '1000', '--format', 'json']);
    expect(run.status).toBe(0);
    const { corpora } = JSON.parse(run.stdout) as { corpora: { blocks: number; differences: { score: string; difference: number }[] }[] };
    expect(corpora[0]?.blocks).toBe(40);
    expect(corpora[0]?.differences.find((d) => d.score === 'PER')?.difference).toBeCloseTo(11.111, 2);
  });

  test('--fail-if-below P: exit 3 naming each type on which B fell below A in more than P % of the resamples', () => {
    // B finds one person fewer than A in every other block: below it on PER in every resample.
    const worse = compare([at('b.json'), at('a.json'), '--samples', '1000', '--fail-if-below', '90']);
    expect(worse.status).toBe(3);
    expect(worse.stderr).toContain('eval:compare: ANERcorp DEV20 (invented) PER: B below A in 100 % of the resamples (more than 90 %)');
    expect(worse.stderr).toContain('eval:compare: ANERcorp DEV20 (invented) micro:');
    // LOC and ORG are the same in both: B is never below A there.
    expect(worse.stderr).not.toMatch(/LOC|ORG/);
    expect(worse.stdout).toContain('| PER | 77.78 | 66.67 |');
    const json = compare([at('b.json'), at('a.json'), '--samples', '1000', '--fail-if-below', '90', '--format', 'json']);
    expect(json.status).toBe(3);
    expect(JSON.parse(json.stdout)).toMatchObject({ samples: 1000 });
    // The better B passes the same gate.
    expect(compare([at('a.json'), at('b.json'), '--samples', '1000', '--fail-if-below', '90'])).toMatchObject({ status: 0, stderr: '' });
  });

  test.each([
    [['a.json', 'b.json', '--fail-if-below', '101'], 2, 'eval:compare: --fail-if-below needs a percentage from 0 to 100, got «101»'],
    [['a.json', 'b.json', '--fail-if-below', 'most'], 2, 'eval:compare: --fail-if-below needs a number ≥ 0, got «most»'],
    [['a.json'], 2, 'eval:compare: give two eval reports, A and B (got 1)'],
    [['a.json', 'b.json', '--samples', '0'], 2, 'eval:compare: --samples needs an integer ≥ 1, got «0»'],
    [['a.json', 'none.json'], 1, 'none.json: cannot read it (ENOENT)'],
    [['a.json', 'broken.json'], 1, 'broken.json: not JSON'],
    [['a.json', 'old.json'], 1, 'old.json: corpus 1 (anercorp): no blockCounts'],
    [['a.json', 'aqmar.json'], 1, 'share no corpus of the same split and block size'],
  ])('%j: exit %i, naming what is wrong', (names, status, message) => {
    const args = names.map((name) => (name.endsWith('.json') ? at(name) : name));
    const run = compare(args);
    expect(run.status).toBe(status);
    expect(run.stderr).toContain(message);
  });
});
