import { spawnSync } from 'child_process';
import path from 'path';
import { describeWithShared } from '../support/shared-data';

// `npm run train`'s command line: a bad option is a usage error (exit 2) that names it, before any
// corpus is read, so these need no ../shared. The built script is what `npm run train` runs.
const ROOT = path.resolve(__dirname, '../..');

function train(args: readonly string[]): { status: number | null; stderr: string } {
  const run = spawnSync(process.execPath, ['build/scripts/train-tagger.js', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
  return { status: run.status, stderr: run.stderr };
}

describe('npm run train: usage errors', () => {
  test.each([
    [['--seed', 'x'], '--seed needs an integer ≥ 0, got «x»'],
    [['--hold-out', '9', '--output', 'unused.bin'], '--hold-out needs a fold from 1 to 5, got 9'],
    [['--hold-out', '2'], '--hold-out trains a model for measuring only: give it an --output'],
    [['--learner', 'svm'], '--learner needs crf, perceptron, got «svm»'],
    [['--epochs', '0'], '--epochs needs an integer ≥ 1, got «0»'],
    [['--errors', '5'], '--errors lists the errors of held-out training text: give it a --hold-out fold'],
    [['--errors', '0', '--hold-out', '1', '--output', 'unused.bin'], '--errors needs an integer ≥ 1, got «0»'],
    [['--score', 'data/model.bin'], '--score scores a held-out model on its fold: give it the --hold-out fold the model was trained without'],
  ])('%j', (args, message) => {
    expect(train(args)).toEqual({ status: 2, stderr: expect.stringContaining(`train: ${message}\n`) });
  });

  test('--help names --seed and --hold-out, and exits 0', () => {
    const run = spawnSync(process.execPath, ['build/scripts/train-tagger.js', '--help'], { cwd: ROOT, encoding: 'utf8', timeout: 60000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/--seed N +the seed of the documents' shuffle \(default 13/);
    expect(run.stdout).toMatch(/--hold-out K +train without jackknife fold K/);
    expect(run.stdout).toMatch(/--score FILE +with --hold-out K: train nothing/);
  });
});

// Scoring a model on a fold it was trained on would flatter it: --score takes only a model whose
// header says it was trained without that fold. The shipped model saw every fold.
describeWithShared('npm run train -- --score', ['corpora/anercorp/train.conll'], () => {
  test('refuses a model that was not trained without the fold', () => {
    expect(train(['--hold-out', '3', '--score', 'data/model.bin'])).toEqual({
      status: 2,
      stderr: expect.stringContaining('train: --score: data/model.bin was not trained with --hold-out 3 (its header says no hold-out)\n'),
    });
  });
});
