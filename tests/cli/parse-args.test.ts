import { parseArgs, type OptionSpec } from '../../src/cli/parse-args';
import { UsageError } from '../../src/cli/usage-error';

const SPECS: OptionSpec[] = [
  { name: 'format', short: 'f', kind: 'value', description: '' },
  { name: 'lexicon', kind: 'repeat', description: '' },
  { name: 'explain', kind: 'flag', description: '' },
];

describe('parseArgs', () => {
  test.each<[string[], { positionals: string[]; format?: string; lexicon: string[]; explain: boolean }]>([
    [['a.txt', '-f', 'tsv', 'b.txt'], { positionals: ['a.txt', 'b.txt'], format: 'tsv', lexicon: [], explain: false }],
    [['--format=html', '--format', 'json'], { positionals: [], format: 'json', lexicon: [], explain: false }],
    [['--lexicon', 'x.jsonl', '--lexicon=y.json', '--explain'], { positionals: [], lexicon: ['x.jsonl', 'y.json'], explain: true }],
    [['-', '--', '--explain', '-f'], { positionals: ['-', '--explain', '-f'], lexicon: [], explain: false }],
    [['--format', '--explain'], { positionals: [], format: '--explain', lexicon: [], explain: false }],
  ])('%j', (argv, expected) => {
    const args = parseArgs(argv, SPECS, 'alam test');
    expect({ positionals: args.positionals, ...(args.value('format') === undefined ? {} : { format: args.value('format') }), lexicon: args.values('lexicon'), explain: args.flag('explain') }).toEqual(expected);
  });

  test.each([
    [['--nope'], "unknown option '--nope' for 'alam test'"],
    [['-x'], "unknown option '-x' for 'alam test'"],
    [['--lexicn', 'a'], "unknown option '--lexicn' for 'alam test' (did you mean '--lexicon'?)"],
    [['-f'], "option '-f' needs a value (VALUE)"],
    [['--explain=1'], "option '--explain' takes no value"],
  ])('%j is a usage error', (argv, message) => {
    expect(() => parseArgs(argv, SPECS, 'alam test')).toThrow(new UsageError(message));
  });
});
