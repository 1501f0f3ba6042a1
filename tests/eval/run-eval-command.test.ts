import { EVAL_USAGE, parseEvalArgs } from '../../src/eval/parse-eval-args';
import { runEvalCommand } from '../../src/eval/run-eval-command';
import { fakeExtractor, toConll } from './helpers';

const FILES: Record<string, string> = {
  'dev.conll': toConll([
    '[علي شمخاني](PER) زار [موسكو](LOC)',
    'نشرت [الاهرام](ORG) امس',
    'قال [جورج بوش](PER) في [واشنطن](LOC)',
    'ان [واشنطن](LOC) ترفض',
    'زار [بوتين](PER) [مصر](LOC)',
  ]),
  'bad.conll': 'اكد\tO\n\nعلي\tB-PERS\n',
};

async function run(args: string[]): Promise<{ code: number; stdout: string; stderr: string; calls: string[] }> {
  const { extract, calls } = fakeExtractor(['[علي شمخاني](PERSON) [زار](PLACE) موسكو', '[واشنطن](PLACE)', '[الاهرام](PLACE)']);
  let stdout = '';
  let stderr = '';
  const code = await runEvalCommand(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
    readFile: async (path) => {
      const text = FILES[path];
      if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return text;
    },
    extract,
  });
  return { code, stdout, stderr, calls };
}

describe('runEvalCommand', () => {
  it('prints the conlleval table and timing, exit 0', async () => {
    const { code, stdout, stderr } = await run(['dev.conll']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    // gold 8; predicted زار, علي شمخاني, الاهرام, 2 × واشنطن = 5; correct: علي شمخاني, 2 × واشنطن = 3
    expect(stdout).toContain('dev.conll\nprocessed 18 tokens with 8 phrases; found: 5 phrases; correct: 3.\n');
    expect(stdout).toMatch(/\nextract: \d+ ms for \d+ characters in 1 calls/);
    expect(stdout).not.toContain('false positives');
  });

  it('--json prints the scores as JSON, --errors N adds the top N groups per kind', async () => {
    const { code, stdout } = await run(['dev.conll', '--json', '--errors', '1']);
    expect(code).toBe(0);
    const output = JSON.parse(stdout) as Record<string, unknown>;
    expect(output).toMatchObject({ label: 'dev.conll', sentences: 5, micro: { gold: 8, predicted: 5, correct: 3 } });
    expect(output.errors).toBeUndefined();
    const summary = output.errorSummary as { kind: string; text: string }[];
    expect(summary.map((g) => `${g.kind} «${g.text}»`)).toEqual([
      'false-positive «زار»',
      'miss «موسكو»',
      'type-confusion «الاهرام»',
    ]);
  });

  it('--errors without a number shows the error sections; --format markdown prints tables', async () => {
    const { stdout } = await run(['--errors', 'dev.conll', '--format', 'markdown']);
    expect(stdout).toContain('| **micro** | 8 | 5 | 3 | 60.0 | 37.5 | 46.2 |');
    expect(stdout).toContain('**misses: 4 (4 distinct), top 4**');
  });

  it('--split dev20 keeps the last 20% of the sentences; --block-size sets sentences per call', async () => {
    const dev = await run(['dev.conll', '--split', 'dev20', '--json']);
    expect(JSON.parse(dev.stdout)).toMatchObject({ label: 'dev.conll (dev20)', sentences: 1, micro: { gold: 2 } });
    expect(dev.calls).toEqual(['زار بوتين مصر']);
    const blocks = await run(['dev.conll', '--block-size', '2']);
    expect(blocks.calls.map((text) => text.split('\n').length)).toEqual([2, 2, 1]);
  });

  it.each([
    [['missing.conll'], "alam eval: missing.conll: ENOENT: no such file or directory, open 'missing.conll'\n"],
    [
      ['bad.conll'],
      'alam eval: bad.conll:3: unknown tag «B-PERS» (expected O, B-X or I-X with X in PER, LOC, ORG, MISC)\n',
    ],
  ])('exit 1 on unreadable or malformed input %j', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect({ code, stdout, stderr }).toEqual({ code: 1, stdout: '', stderr: message });
  });

  it.each([
    [[], 'missing FILE.conll'],
    [['a.conll', 'b.conll'], 'expected one FILE.conll, got 2: a.conll b.conll'],
    [['dev.conll', '--block-size', '0'], '--block-size needs a positive integer, got «0»'],
    [['dev.conll', '--block-size'], '--block-size needs a positive integer, got nothing'],
    [['dev.conll', '--split', 'test'], '--split needs all, train80 or dev20, got «test»'],
    [['dev.conll', '--format', 'html'], '--format needs text, markdown or json, got «html»'],
    [['dev.conll', '--verbose'], 'unknown option «--verbose»'],
  ])('exit 2 on bad arguments %j', async (args, message) => {
    const { code, stdout, stderr } = await run(args);
    expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
    expect(stderr).toBe(`alam eval: ${message}\n\n${EVAL_USAGE}`);
  });

  it('--help prints the usage, exit 0', async () => {
    expect(await run(['--help'])).toMatchObject({ code: 0, stdout: EVAL_USAGE, stderr: '' });
  });
});

describe('parseEvalArgs', () => {
  it('has defaults: all sentences, 10 per block, text, no errors', () => {
    expect(parseEvalArgs(['x.conll'])).toEqual({
      kind: 'run',
      args: { file: 'x.conll', errors: 0, blockSize: 10, split: 'all', format: 'text' },
    });
  });

  it('--errors defaults to 20 groups and reads a following number', () => {
    expect(parseEvalArgs(['x.conll', '--errors'])).toMatchObject({ args: { errors: 20, file: 'x.conll' } });
    expect(parseEvalArgs(['--errors', '3', 'x.conll'])).toMatchObject({ args: { errors: 3, file: 'x.conll' } });
  });
});
