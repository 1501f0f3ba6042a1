// Compares two `npm run eval -- --json` reports of the same corpora by a paired bootstrap over their
// blocks: is B's gain or loss on a type more than a retrain's luck? (docs/tagger.md, "Comparing two models")
import { readFileSync } from 'node:fs';
import { SCORED_TYPES, type BlockCounts } from '#alam/eval/types';
import { compareByBootstrap, type ScoreDifference } from './lib/compare-by-bootstrap';
import { readChoice, readInteger, readNumber, runScript, UsageError } from './lib/script-args';

/** The exit code when --fail-if-below finds B below A too often: apart from 1 (an error) and 2 (a usage error). */
const EXIT_B_BELOW = 3;

/** What `compare-evals` reads of one corpus in an eval report. */
interface ReportedCorpus {
  readonly corpus: string;
  readonly split: string;
  readonly conventions: string;
  readonly label: string;
  readonly blockSize: number;
  readonly blockCounts: readonly BlockCounts[];
}

/** The corpora of an eval report written with --json; anything else is an error naming the file. */
function readReport(file: string): ReportedCorpus[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new Error(`${file}: cannot read it (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${file}: not JSON (${(error as Error).message}); write it with npm run eval -- --json > ${file}`);
  }
  const corpora = (parsed as { corpora?: unknown } | null)?.corpora;
  if (!Array.isArray(corpora) || corpora.length === 0) throw new Error(`${file}: no "corpora" list; write it with npm run eval -- --json > ${file}`);
  return corpora.map((corpus: Partial<ReportedCorpus>, i) => {
    const where = `${file}: corpus ${i + 1}`;
    if (typeof corpus.corpus !== 'string' || typeof corpus.split !== 'string' || typeof corpus.blockSize !== 'number') throw new Error(`${where}: no corpus, split or blockSize`);
    if (!Array.isArray(corpus.blockCounts)) throw new Error(`${where} (${corpus.corpus}): no blockCounts; an eval of this version writes them with --json`);
    corpus.blockCounts.forEach((block: BlockCounts, b) => {
      for (const type of SCORED_TYPES) {
        const counts = block?.[type];
        if (!counts || ![counts.gold, counts.predicted, counts.correct].every((n) => Number.isInteger(n) && n >= 0)) throw new Error(`${where} (${corpus.corpus}): block ${b + 1} has no counts for ${type}`);
      }
    });
    return { corpus: corpus.corpus, split: corpus.split, conventions: String(corpus.conventions ?? ''), label: String(corpus.label ?? corpus.corpus), blockSize: corpus.blockSize, blockCounts: corpus.blockCounts };
  });
}

const signed = (value: number): string => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(2)}`;

function formatTable(differences: readonly ScoreDifference[]): string {
  const rows = differences.map(
    (d) => `| ${d.score} | ${d.a.toFixed(2)} | ${d.b.toFixed(2)} | ${signed(d.difference)} | ${signed(d.low)} to ${signed(d.high)} | ${Math.round(d.worse * 100)} % |`,
  );
  return ['| type | A F1 | B F1 | B − A | 95 % interval | resamples with B below A |', '|---|--:|--:|--:|--:|--:|', ...rows].join('\n');
}

runScript(
  {
    name: 'eval:compare',
    usage: 'npm run eval:compare -- A.json B.json [options]',
    about: `Compares two reports of npm run eval -- --json over the same corpora (two models, two builds, with
and without the model) by a paired bootstrap over their blocks of sentences: for each corpus, PER, LOC,
ORG and micro F1 of A and B, B − A, its 95 % interval, and how often B scored below A. A difference
whose interval holds zero is within what another sample of the same kind of text would move.`,
    options: [
      { name: 'samples', kind: 'value', valueName: 'N', description: 'resamples of the blocks (default 10000)' },
      { name: 'seed', kind: 'value', valueName: 'N', description: 'seed of the resamples (default 1)' },
      { name: 'format', kind: 'value', valueName: 'F', description: 'markdown (default) or json' },
      {
        name: 'fail-if-below',
        kind: 'value',
        valueName: 'P',
        description: `exit ${EXIT_B_BELOW}, naming each, when B scored below A in more than P % of the resamples on some corpus and type (PER, LOC, ORG or micro): a gate for a retrain against the shipped model`,
      },
    ],
  },
  (args) => {
    if (args.positionals.length !== 2) throw new UsageError(`give two eval reports, A and B (got ${args.positionals.length})`);
    const [fileA, fileB] = args.positionals as [string, string];
    const samples = readInteger(args, 'samples', 10000, 1);
    const seed = readInteger(args, 'seed', 1, 0);
    const format = readChoice(args, 'format', ['markdown', 'json'] as const, 'markdown');
    const failIfBelow = args.value('fail-if-below') === undefined ? undefined : readNumber(args, 'fail-if-below', 100, 0);
    if (failIfBelow !== undefined && failIfBelow > 100) throw new UsageError(`--fail-if-below needs a percentage from 0 to 100, got «${args.value('fail-if-below') ?? ''}»`);
    const a = readReport(fileA);
    const b = readReport(fileB);
    const key = (c: ReportedCorpus): string => `${c.corpus} ${c.split} ${c.blockSize}`;
    const inB = new Map(b.map((c) => [key(c), c]));
    const pairs = a.flatMap((c) => {
      const other = inB.get(key(c));
      return other ? [{ a: c, b: other }] : [];
    });
    if (pairs.length === 0) throw new Error(`${fileA} and ${fileB} share no corpus of the same split and block size`);
    const compared = pairs.map((pair) => {
      try {
        return { ...pair, differences: compareByBootstrap(pair.a.blockCounts, pair.b.blockCounts, { samples, seed }) };
      } catch (error) {
        throw new Error(`${pair.a.label}: ${(error as Error).message}`);
      }
    });
    // With --fail-if-below P: every corpus and type on which B fell below A in more than P % of the resamples.
    const below = failIfBelow === undefined ? [] : compared.flatMap(({ a: corpus, differences }) => differences.filter((d) => d.worse * 100 > failIfBelow).map((d) => `${corpus.label} ${d.score}: B below A in ${Math.round(d.worse * 100)} % of the resamples (more than ${failIfBelow} %)`));
    for (const line of below) process.stderr.write(`eval:compare: ${line}\n`);
    const status = below.length > 0 ? EXIT_B_BELOW : 0;
    if (format === 'json') {
      const corpora = compared.map(({ a: corpus, b: other, differences }) => ({ corpus: corpus.corpus, split: corpus.split, conventions: { a: corpus.conventions, b: other.conventions }, blocks: corpus.blockCounts.length, differences }));
      process.stdout.write(`${JSON.stringify({ a: fileA, b: fileB, samples, seed, corpora }, null, 2)}\n`);
      return status;
    }
    process.stdout.write(`A: ${fileA}\nB: ${fileB}\n\n`);
    for (const { a: corpus, b: other, differences } of compared) {
      const conventions = corpus.conventions === other.conventions ? '' : ` (B under the conventions ${other.conventions})`;
      process.stdout.write(`${corpus.label}${conventions}: ${corpus.blockCounts.length} blocks, ${samples} resamples (seed ${seed})\n\n${formatTable(differences)}\n\n`);
    }
    return status;
  },
);
