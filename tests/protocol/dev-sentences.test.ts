import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { normalize } from '../../src/normalize/normalize';
import { readConll, selectSplit, type ConllSentence } from '../../src/eval';
import { describeWithShared, SHARED_DIR } from '../support/shared-data';

/**
 * The evaluation protocol: ANERcorp DEV20 and AQMAR dev are for measuring only. A test or a comment
 * written from their sentences makes them measure the rules that were fitted to them. This test fails
 * when a file of the repository holds six consecutive words of a dev sentence that TRAIN80 does not
 * hold as written: the words are folded with the library's own normalize, so a quote re-spelled
 * («مدينة» / «مدينه», «إلى» / «الى», harakat, tatweel) is still caught, while a TRAIN80 sentence
 * quoted as TRAIN80 writes it is not.
 */

const ROOT = join(__dirname, '..', '..');
const TRAIN_FILE = 'corpora/anercorp/train.conll';
const AQMAR_FILE = 'corpora/aqmar/dev.conll';
const TRAIN = join(SHARED_DIR, TRAIN_FILE);
const AQMAR = join(SHARED_DIR, AQMAR_FILE);
const SCANNED = ['src', 'tests', 'scripts', 'examples'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'coverage']);
/** How many consecutive words make a quote. */
const RUN = 6;

interface Word {
  readonly text: string;
  readonly at: number;
}

/** Annotation markup of the tests («[علي شمخاني](PERSON)») and quoting characters are not words. */
const MARKUP = /\]\([A-Z]+\)|[[\]«»"'`]/g;
const blank = (text: string): string => text.replace(MARKUP, (m) => ' '.repeat(m.length));

/**
 * Two readings of a text into words, and a quote is caught by either: whitespace-separated chunks
 * that hold an Arabic character (punctuation tokens such as «،» count, as in the corpora), and runs
 * of Arabic letters and marks (so «القول،» or «(ع)» in a comment still meet the corpus words).
 */
const READINGS: readonly RegExp[] = [/\S*[\u0600-\u06FF]\S*/g, /[\u0621-\u063A\u0640-\u065F\u0670-\u06D3\u06D5-\u06EF\u06FA-\u06FF]+/g];

function readWords(text: string, reading: RegExp): Word[] {
  return [...blank(text).matchAll(reading)].map((m) => ({ text: m[0], at: m.index }));
}

const foldedWords = new Map<string, string>();
function fold(word: string): string {
  let folded = foldedWords.get(word);
  if (folded === undefined) foldedWords.set(word, (folded = normalize(word).text));
  return folded;
}

const key = (words: readonly Word[], from: number, folded: boolean): string =>
  words
    .slice(from, from + RUN)
    .map((w) => (folded ? fold(w.text) : w.text))
    .join(' ');

function addRuns(text: string, into: Set<string>, folded: boolean): void {
  for (const reading of READINGS) {
    const words = readWords(text, reading);
    for (let i = 0; i + RUN <= words.length; i++) into.add(key(words, i, folded));
  }
}

const sentenceText = (sentence: ConllSentence): string => sentence.tokens.map((t) => t.text).join(' ');

interface Quote {
  readonly line: number;
  readonly words: string;
}

/** The dev runs (folded) and the TRAIN80 runs (as written); `find` lists the quotes of dev runs in a text. */
function createDevSentenceCheck(train: string, aqmar: string): { find(text: string): Quote[]; devSentences: string[]; trainSentences: string[] } {
  const anercorp = readConll(train, TRAIN);
  const devSentences = [...selectSplit(anercorp, 'dev20'), ...readConll(aqmar, AQMAR)].map(sentenceText);
  const trainSentences = selectSplit(anercorp, 'train80').map(sentenceText);
  const dev = new Set<string>();
  for (const sentence of devSentences) addRuns(sentence, dev, true);
  const written = new Set<string>();
  for (const sentence of trainSentences) addRuns(sentence, written, false);

  const find = (text: string): Quote[] => {
    const quotes = new Map<number, Quote>();
    for (const reading of READINGS) {
      const words = readWords(text, reading);
      for (let i = 0; i + RUN <= words.length; i++) {
        if (!dev.has(key(words, i, true)) || written.has(key(words, i, false))) continue;
        const at = (words[i] as Word).at;
        const line = text.slice(0, at).split('\n').length;
        quotes.set(at, { line, words: key(words, i, false) });
      }
    }
    return [...quotes.values()];
  };
  return { find, devSentences, trainSentences };
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name.startsWith('.') || SKIPPED_DIRS.has(name)) return [];
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

/** Text files only: a file with a NUL byte (a compiled artifact) is skipped. */
function readText(path: string): string | undefined {
  const bytes = readFileSync(path);
  return bytes.includes(0) ? undefined : bytes.toString('utf8');
}

describeWithShared('dev sentences (ANERcorp DEV20, AQMAR dev) are for measuring only', [TRAIN_FILE, AQMAR_FILE], () => {
  const check = createDevSentenceCheck(readFileSync(TRAIN, 'utf8'), readFileSync(AQMAR, 'utf8'));

  test(`no file under ${SCANNED.join('/, ')}/ quotes ${RUN} consecutive words of a dev sentence that TRAIN80 does not hold`, () => {
    const { find } = check;
    const found: string[] = [];
    for (const file of SCANNED.flatMap((dir) => listFiles(join(ROOT, dir)))) {
      const text = readText(file);
      if (text === undefined) continue;
      for (const quote of find(text)) found.push(`${relative(ROOT, file)}:${quote.line}: «${quote.words}»`);
    }
    // Rewrite each from TRAIN80, WikiFANE or an invented sentence that exercises the same behaviour.
    expect(found).toEqual([]);
  });

  // The check itself, on sentences read from the corpora at run time (never written into a file).
  test('catches a dev sentence, re-spelled too, and lets a TRAIN80 sentence quoted as written pass', () => {
    const { find, devSentences, trainSentences } = check;
    const quoted = devSentences.find((s) => find(s).length > 0 && s.split(' ').length >= 10) as string;
    expect(quoted).toBeDefined();
    expect(find(`// ${quoted}\n`).length).toBeGreaterThan(0);
    // With harakat, tatweel and other spellings of the same letters: ة → ه, ى → ي, ا → أ.
    const respelled = quoted.replace(/ة/g, 'ه').replace(/ى/g, 'ي').replace(/ا/g, 'أ').replace(/ل/g, 'لـ').replace(/م/g, 'مَ');
    expect(respelled).not.toBe(quoted);
    expect(find(`'${respelled}',`).length).toBeGreaterThan(0);
    const fromTrain = trainSentences.find((s) => s.split(' ').length >= 10) as string;
    expect(find(fromTrain)).toEqual([]);
  });
});
