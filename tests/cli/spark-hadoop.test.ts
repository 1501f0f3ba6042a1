import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTempDir } from '../support/create-temp-dir';
import { CLEAN_ENV, packPackage, ROOT, runNpm } from '../support/pack-package';

// The README's Spark and Hadoop mapper commands, run the way those frameworks run them: alam installed
// globally from the packed tarball (as the README tells worker nodes), the command given to `sh -c`,
// one process per partition, the exit status checked (rdd.pipe throws on a non-zero exit, and Hadoop
// Streaming fails the task), and one output line required for every input line. The commands are read
// from README.md, so the README cannot drift from what is tested.

const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The one command a README snippet gives, found by `pattern`. */
function commandIn(pattern: RegExp, what: string): string {
  const found = [...README.matchAll(pattern)].map((match) => match[1] as string);
  if (found.length !== 1) throw new Error(`README.md should give one ${what}, found ${found.length}: ${JSON.stringify(found)}`);
  return found[0] as string;
}

const COMMANDS = [
  ['Spark rdd.pipe', commandIn(/\.pipe\("([^"]+)"\)/g, 'Spark rdd.pipe command')],
  ['Hadoop Streaming -mapper', commandIn(/-mapper "([^"]+)"/g, 'Hadoop Streaming -mapper')],
] as const;

/** A record as Spark's to_json(struct("id", "text")) writes it: a NULL text is left out. */
const record = (id: string, text: string | null): string => JSON.stringify(text === null ? { id } : { id, text });
/** A 10 MB text: one long report, a name at its start and a place at its end. */
const FILLER = 'وقال المتحدث ان الاجتماع بحث سبل التعاون بين البلدين في مجالات عدة. ';
const TEN_MB = `اكد علي شمخاني ${FILLER.repeat(Math.ceil(10_000_000 / FILLER.length))}ثم عاد الى موسكو`;

interface Line {
  readonly input: string;
  /** What the output line for it must be: the id and the entity texts, or the error it must name. */
  readonly expect: { id: unknown; entities: string[] } | { id: unknown; error: RegExp };
}

/** Partitions as a job meets them: clean, and every kind of damage. */
const PARTITIONS: Record<string, Line[]> = {
  clean: [
    { input: record('a1', 'اكد علي شمخاني في موسكو'), expect: { id: 'a1', entities: ['علي شمخاني', 'موسكو'] } },
    { input: record('a2', 'لا شيء هنا'), expect: { id: 'a2', entities: [] } },
  ],
  damaged: [
    { input: record('b1', 'وروسيا'), expect: { id: 'b1', entities: ['روسيا'] } },
    { input: '', expect: { id: null, error: /^empty line$/ } },
    { input: '   ', expect: { id: null, error: /^empty line$/ } },
    { input: record('b4', null), expect: { id: 'b4', error: /^missing "text" field$/ } },
    { input: '{"id":"b5","text":null}', expect: { id: 'b5', error: /^"text" must be a string, got null$/ } },
    { input: '{"id":"b6","text":"في دمشق', expect: { id: null, error: /^invalid JSON: / } },
    { input: record('b7', 'في دمشق'), expect: { id: 'b7', entities: ['دمشق'] } },
  ],
  crlf: [
    { input: `${record('c1', 'في موسكو')}\r`, expect: { id: 'c1', entities: ['موسكو'] } },
    { input: '\r', expect: { id: null, error: /^empty line$/ } },
    { input: `${record('c3', 'وايران')}\r`, expect: { id: 'c3', entities: ['ايران'] } },
  ],
  huge: [
    { input: record('d1', TEN_MB), expect: { id: 'd1', entities: ['علي شمخاني', 'موسكو'] } },
    { input: record('d2', 'في موسكو'), expect: { id: 'd2', entities: ['موسكو'] } },
  ],
};

describe('the README mapper commands under Spark and Hadoop', () => {
  const work = createTempDir('alam-spark-');
  let path: string;

  beforeAll(() => {
    const { tarball } = packPackage(work);
    runNpm(['install', '--global', '--prefix', join(work, 'global'), tarball], work);
    path = `${join(work, 'global', 'bin')}:${process.env['PATH'] ?? ''}`;
  }, 180_000);

  /** One task: `sh -c COMMAND` with the partition on stdin, as a framework starts it. */
  function runTask(command: string, input: string): Promise<{ code: number | null; stdout: string; stderr: string }> {
    return new Promise((resolve, reject) => {
      const child = spawn('sh', ['-c', command], { cwd: work, env: { ...CLEAN_ENV, PATH: path }, stdio: ['pipe', 'pipe', 'pipe'] });
      const out: Buffer[] = [];
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr }));
      child.stdin.end(input);
    });
  }

  test('the README gives the commands', () => {
    expect(COMMANDS.map(([, command]) => command)).toEqual(['alam extract --jsonl', 'alam extract --jsonl']);
  });

  describe.each(COMMANDS)('%s: `%s`', (_framework, command) => {
    test.each(Object.keys(PARTITIONS))('partition «%s»: exit 0, one line out for every line in, each answering its own', async (name) => {
      const lines = PARTITIONS[name] as Line[];
      const { code, stdout, stderr } = await runTask(command, lines.map((line) => `${line.input}\n`).join(''));
      expect(code).toBe(0);
      const out = stdout.split('\n');
      expect(out.pop()).toBe('');
      expect(out).toHaveLength(lines.length);
      out.forEach((raw, i) => {
        const got = JSON.parse(raw) as { id: unknown; entities?: Array<{ text: string }>; error?: string; line?: number };
        const want = (lines[i] as Line).expect;
        expect(got.id).toEqual(want.id);
        if ('error' in want) {
          expect(got).toMatchObject({ line: i + 1, error: expect.stringMatching(want.error) });
        } else {
          expect((got.entities ?? []).map((e) => e.text)).toEqual(want.entities);
        }
      });
      // The bad records are named on stderr, which the frameworks keep in the task's log.
      const bad = lines.filter((line) => 'error' in line.expect).length;
      expect(stderr === '' ? 0 : stderr.trimEnd().split('\n').length).toBe(bad);
    }, 120_000);
  });

  test('--strict is there for jobs that want bad records to fail the task', async () => {
    const { code } = await runTask('alam extract --jsonl --strict', `${record('x', null)}\n`);
    expect(code).toBe(1);
  });
});
