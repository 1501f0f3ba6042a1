import { spawnSync } from 'child_process';
import { readFileSync, writeFileSync } from 'fs';
import path from 'path';
import { createTempDir } from '../support/create-temp-dir';
import { describeWithShared, SHARED_DIR } from '../support/shared-data';

// `npm run eval -- --model FILE` scores the built library with another training's model file, as
// `npm run train -- --output FILE` writes it, without copying it over data/model.bin.
const ROOT = path.resolve(__dirname, '../..');

function evaluate(args: readonly string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['build/scripts/eval.js', ...args], { cwd: ROOT, env: { ...process.env, ALAM_SHARED: SHARED_DIR }, encoding: 'utf8', timeout: 120000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('npm run eval -- --model FILE: bad input', () => {
  const dir = createTempDir('alam-eval-model-');

  test('a missing model file is an error naming it (exit 1)', () => {
    const missing = path.join(ROOT, 'no-such-model.bin');
    expect(evaluate(['--model', missing])).toMatchObject({ status: 1, stderr: expect.stringContaining(`eval: ${missing}: cannot read the tagger model`) });
  });

  test('a truncated copy of the shipped model is an error naming it: the file given is the one read', () => {
    const truncated = path.join(dir, 'model.bin');
    const bytes = readFileSync(path.join(ROOT, 'data/model.bin'));
    writeFileSync(truncated, bytes.subarray(0, bytes.length >> 1));
    expect(evaluate(['--model', truncated])).toMatchObject({ status: 1, stderr: expect.stringContaining(`eval: ${truncated}: the model file is`) });
  });

  test.each([
    [['--model', 'data/model.bin', '--no-model'], '--model FILE and --no-model exclude each other'],
    [['--model', 'data/model.bin', '--extractor', 'dist'], '--model FILE scores the built library (dist/), not another --extractor'],
  ])('%j is a usage error (exit 2)', (args, message) => {
    expect(evaluate(args)).toMatchObject({ status: 2, stderr: expect.stringContaining(`eval: ${message}\n`) });
  });
});

describeWithShared('npm run eval -- --model FILE', ['corpora/aqmar/dev.conll'], () => {
  test('the shipped model given as a file scores exactly as the default', () => {
    const scores = (args: readonly string[]): unknown => {
      const run = evaluate(['--corpus', 'aqmar', '--json', ...args]);
      expect(run.status).toBe(0);
      const { corpora } = JSON.parse(run.stdout) as { corpora: { micro: unknown; byType: unknown }[] };
      return corpora.map(({ micro, byType }) => ({ micro, byType }));
    };
    expect(scores(['--model', 'data/model.bin'])).toEqual(scores([]));
  });
});
