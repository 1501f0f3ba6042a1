import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readChunks } from '#alam/eval/read-chunks';
import { readConll, readTaggedConll } from '#alam/eval/read-conll';
import { selectSplit } from '#alam/eval/select-split';
import type { ChunkType, ConllSentence, ConllToken, TaggedSentence } from '#alam/eval/types';

/** The corpora a lexicon may be harvested from. AQMAR is for scoring only and is never read here. */
export type CorpusName = 'anercorp' | 'wikifane';
export const CORPUS_NAMES: readonly CorpusName[] = ['anercorp', 'wikifane'];

/** A sentence of a harvestable corpus; WikiFANE's also carry its fine classes («B-Nation») token by token. */
export interface CorpusSentence extends ConllSentence {
  readonly fine?: readonly string[];
}

/** ANERcorp TRAIN80 (never its DEV20) and WikiFANE, each sentence with its index in its file. */
export interface Corpora {
  readonly anercorp: readonly CorpusSentence[];
  readonly wikifane: readonly CorpusSentence[];
}

/**
 * Which sentences a build may learn from: `false` for none (no corpus-derived data at all), or a
 * predicate over (corpus, sentence index in its file). DEV20 is not offered whatever it says.
 */
export type CorpusSelection = false | { keepSentence(corpus: CorpusName, index: number): boolean };

/** A gold mention: its type, its tokens as written, its first token's position in the sentence. */
export interface Mention {
  readonly type: ChunkType;
  readonly tokens: readonly string[];
  readonly start: number;
}

export function readCorpora(sharedDir: string): Corpora {
  const read = (path: string): string => readFileSync(join(sharedDir, path), 'utf8');
  const anerFile = join(sharedDir, 'corpora/anercorp/train.conll');
  const coarseFile = join(sharedDir, 'corpora/wikifane/all.conll');
  const fineFile = join(sharedDir, 'corpora/wikifane/all.fine.conll');
  const anercorp = selectSplit(readConll(read('corpora/anercorp/train.conll'), anerFile), 'train80');
  const coarse = readConll(read('corpora/wikifane/all.conll'), coarseFile);
  const fine = readTaggedConll(read('corpora/wikifane/all.fine.conll'), fineFile);
  if (fine.length !== coarse.length) throw new Error(`${fineFile}: ${fine.length} sentences, but ${coarseFile} has ${coarse.length}`);
  const wikifane = coarse.map((sentence, i): CorpusSentence => {
    const fineSentence = fine[i] as TaggedSentence;
    if (fineSentence.tokens.length !== sentence.tokens.length) {
      throw new Error(`${fineFile}:${fineSentence.tokens[0]?.line}: ${fineSentence.tokens.length} tokens, but sentence ${i} of ${coarseFile} has ${sentence.tokens.length}`);
    }
    const merges = findSplitInitials(sentence.tokens);
    return { index: sentence.index, tokens: rejoin(sentence.tokens, merges), fine: rejoin(fineSentence.tokens, merges).map((t) => t.tag) };
  });
  return { anercorp, wikifane };
}

/** The sentences a selection keeps (none for `false`). */
export function selectCorpora(corpora: Corpora, selection: CorpusSelection): Corpora {
  if (selection === false) return { anercorp: [], wikifane: [] };
  return {
    anercorp: corpora.anercorp.filter((s) => selection.keepSentence('anercorp', s.index)),
    wikifane: corpora.wikifane.filter((s) => selection.keepSentence('wikifane', s.index)),
  };
}

/** The gold mentions of a sentence (conlleval's chunks). */
export function readMentions(sentence: ConllSentence): Mention[] {
  return readChunks(
    sentence.tokens.map((t) => t.tag),
    sentence.index,
  ).map((chunk) => ({ type: chunk.type, tokens: sentence.tokens.slice(chunk.start, chunk.end).map((t) => t.text), start: chunk.start }));
}

// WikiFANE's segmenter split name-initial letters off as if they were proclitics: «و هران», «ف لاديمير
// بوتين», «تسيبي ل يفني». A lone و ف ب ك ل that opens a gold entity, or sits inside a person's name,
// is such a letter (a real conjunction is tagged O before the entity, and rarely sits inside a
// name): it is joined back to the next token.
const SPLIT_LETTERS = new Set(['و', 'ف', 'ب', 'ك', 'ل']);

/** Indexes of the tokens to join to the next one. */
function findSplitInitials(tokens: readonly ConllToken[]): Set<number> {
  const merges = new Set<number>();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const { text, tag } = tokens[i] as ConllToken;
    const next = tokens[i + 1] as ConllToken;
    if (!SPLIT_LETTERS.has(text) || !/^[\u0621-\u064A]/.test(next.text) || !next.tag.startsWith('I-')) continue;
    if ((tag.startsWith('B-') && next.tag.slice(2) === tag.slice(2)) || (tag === 'I-PER' && next.tag === 'I-PER')) merges.add(i);
  }
  return merges;
}

function rejoin<T extends { readonly text: string }>(tokens: readonly T[], merges: ReadonlySet<number>): T[] {
  if (merges.size === 0) return tokens.slice();
  const out: T[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as T;
    if (merges.has(i) && i + 1 < tokens.length) {
      out.push({ ...t, text: t.text + (tokens[i + 1] as T).text });
      i++;
    } else out.push(t);
  }
  return out;
}
