import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * No input makes alam slow: 1 MB of the worst repetitions takes at most three times as long as 1 MB
 * of news, dense entity text scales linearly, and a 50 MB document goes through in about ten times
 * the time of 5 MB. Every bound is a ratio of two timings in the same process, so a slower or busier
 * machine does not fail them (speed itself is measured by `npm run bench`). The timing runs on the
 * built package in a plain Node process (tests/robustness/time-extract.js): `npm test` builds first.
 * Each input runs once.
 */
interface Input {
  readonly unit: string;
  readonly length: number;
}
interface Timing {
  readonly ms: number;
  readonly entities: number;
  readonly length: number;
}

const DIST = join(__dirname, '..', '..', 'dist', 'index.js');
const MB = 1 << 20;
const ARTICLE = `${readFileSync(join(__dirname, '..', '..', 'examples', 'article.txt'), 'utf8')}\n`;

/** Times each run (a list of inputs on one fresh extractor) in a child process. */
function timeRuns(runs: readonly (readonly Input[])[]): Timing[][] {
  if (!existsSync(DIST)) throw new Error(`${DIST} is missing: run npm run build before these tests`);
  const child = spawnSync(process.execPath, [join(__dirname, 'time-extract.js')], { input: JSON.stringify({ runs }), encoding: 'utf8', maxBuffer: 1 << 24 });
  if (child.status !== 0) throw new Error(`time-extract.js failed (${child.status ?? child.signal}): ${child.stderr}`);
  return JSON.parse(child.stdout) as Timing[][];
}

const PATHOLOGICAL: readonly (readonly [string, string])[] = [
  ['one repeated letter «ب» (a single 1 MB word)', 'ب'],
  ['a repeated proclitic «و»', 'و'],
  ['a repeated «وال»', 'وال'],
  ['a repeated haraka (U+064E FATHA)', '\u064e'],
  ['a repeated tatweel', '\u0640'],
  ['a repeated full stop', '.'],
  ['a repeated Arabic comma «،»', '،'],
  ['alternating letter and space', 'ب '],
  ['one line with «-», «:» and «(»', 'كلمة - كلمة : (كلمة '],
  ['a repeated «المصدر :» on one line', 'المصدر :'],
  ['a repeated opening parenthesis', '('],
  ['a repeated RIGHT-TO-LEFT MARK (U+200F)', '\u200f'],
  ['a repeated lam-alef ligature «ﻻ»', '\ufefb'],
  ['repeated emoji', '\u{1f600}'],
  ['repeated lone high surrogates', '\ud800'],
  ['repeated NUL', '\u0000'],
  ['repeated line breaks', '\n'],
];

describe('1 MB pathological inputs take no longer than three times 1 MB of news', () => {
  let news: Timing;
  let timings: Timing[] = [];
  beforeAll(() => {
    // The article once to warm the extractor up (its first megabyte compiles the hot paths), then as the yardstick.
    const [, yardstick, ...rest] = timeRuns([[ARTICLE, ARTICLE, ...PATHOLOGICAL.map(([, unit]) => unit)].map((unit) => ({ unit, length: MB }))])[0] as Timing[];
    news = yardstick as Timing;
    timings = rest;
  });

  test.each(PATHOLOGICAL.map(([name], i) => [name, i] as const))('%s', (_name, i) => {
    const timing = timings[i] as Timing;
    expect(timing.length).toBe(MB);
    expect({ ms: timing.ms, news: news.ms, ratio: timing.ms / news.ms }).toEqual({ ms: timing.ms, news: news.ms, ratio: expect.any(Number) });
    expect(timing.ms / news.ms).toBeLessThan(3);
  });
});

describe('dense entity text scales linearly', () => {
  // 8 times the text: linear work takes about 8 times as long, quadratic work 64 times.
  const DENSE: readonly (readonly [string, string])[] = [
    ['a repeated country «روسيا»', 'روسيا '],
    ['a repeated name chain «محمد بن علي»', 'محمد بن علي '],
    ['a repeated title and name «الرئيس علي شمخاني»', 'الرئيس علي شمخاني '],
    ['a repeated credit line «المصدر : فارس»', 'المصدر : فارس '],
    ['repeated agency credits «(رويترز)»', '(رويترز) '],
    ['repeated datelines «بيروت -»', 'بيروت - '],
    ['the seed article, repeated', ARTICLE],
  ];
  let timings: Timing[][] = [];
  beforeAll(() => {
    timings = timeRuns(DENSE.map(([, unit]) => [4096, MB / 8, MB].map((length) => ({ unit, length }))));
  });

  test.each(DENSE.map(([name], i) => [name, i] as const))('%s', (_name, i) => {
    const [, small, large] = timings[i] as [Timing, Timing, Timing];
    expect(large.entities).toBeGreaterThan(small.entities);
    expect(large.ms / Math.max(small.ms, 10)).toBeLessThan(24);
  });
});

describe('a 50 MB document', () => {
  test('goes through, in about ten times the time of 5 MB', () => {
    const units = (megabytes: number): number => Math.ceil((megabytes * 1e6) / Buffer.byteLength(ARTICLE)) * ARTICLE.length;
    const [[one, five, fifty]] = timeRuns([[ARTICLE.length, units(5), units(50)].map((length) => ({ unit: ARTICLE, length }))]) as [[Timing, Timing, Timing]];
    // Every copy of the article yields what the article alone does.
    expect(five.entities).toBe((one.entities * units(5)) / ARTICLE.length);
    expect(fifty.entities).toBe((one.entities * units(50)) / ARTICLE.length);
    expect(fifty.ms / five.ms).toBeLessThan(15);
  }, 300_000);
});
