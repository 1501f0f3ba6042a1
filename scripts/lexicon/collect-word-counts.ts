// How every single word of TRAIN80 and WikiFANE is used: untagged (O), as a whole one-word entity
// («لبنان» B-LOC), as a token of a multi-word person name («حسني» in «محمد حسني مبارك»), or as a
// token of another multi-word entity («المجلس» in «المجلس الأعلى للأمن القومي»). Keyed by the
// folded word; a token with proclitics («والمجلس»، «للجيش») also counts for its stem when the stem
// occurs on its own somewhere, because the runtime peels them and looks the stem up.
import type { ConllSentence } from '#alam/eval/types';
import { cleanName, foldName } from './fold-name';
import { listProcliticStems } from './list-proclitic-stems';
import { readMentions, type Corpora } from './read-corpora';

/** The corpus labels recorded in `source` columns. */
export type CorpusLabel = 'anercorp-train80' | 'wikifane';

/**
 * Uses of one folded word. `corpora`: where it was seen untagged; `byCorpus`: O and entity uses
 * (see entityUses) per corpus; `surfaces`: its spellings and how often each was seen.
 */
export interface WordCounts {
  o: number;
  single: Record<string, number>;
  perPart: number;
  otherPart: number;
  bare: number;
  corpora: Set<CorpusLabel>;
  byCorpus: Partial<Record<CorpusLabel, { o: number; entity: number }>>;
  surfaces: Map<string, number>;
}

function emptyCounts(): WordCounts {
  return { o: 0, single: {}, perPart: 0, otherPart: 0, bare: 0, corpora: new Set(), byCorpus: {}, surfaces: new Map() };
}

/** Occurrences as a whole one-word entity, all types (MISC included: «رمضان» is no common word either). */
export function singleTotal(c: WordCounts): number {
  return Object.values(c.single).reduce((a, b) => a + b, 0);
}

/** Uses as a name of its own: a whole one-word entity or a token of a person's name. */
export function entityUses(c: WordCounts): number {
  return singleTotal(c) + c.perPart;
}

/** The role of every token of a sentence: 'O', 'single:<TYPE>', 'part:PER' or 'part:other'. */
function readRoles(sentence: ConllSentence): string[] {
  const roles = sentence.tokens.map(() => 'O');
  for (const m of readMentions(sentence)) {
    for (let i = 0; i < m.tokens.length; i++) {
      roles[m.start + i] = m.tokens.length === 1 ? `single:${m.type}` : m.type === 'PER' ? 'part:PER' : 'part:other';
    }
  }
  return roles;
}

function addCounts(into: WordCounts, from: WordCounts): void {
  into.o += from.o;
  into.perPart += from.perPart;
  into.otherPart += from.otherPart;
  for (const [type, n] of Object.entries(from.single)) into.single[type] = (into.single[type] ?? 0) + n;
  for (const corpus of from.corpora) into.corpora.add(corpus);
  for (const [corpus, n] of Object.entries(from.byCorpus) as [CorpusLabel, { o: number; entity: number }][]) {
    const slot = (into.byCorpus[corpus] ??= { o: 0, entity: 0 });
    slot.o += n.o;
    slot.entity += n.entity;
  }
}

/** Folded word → counts (its own plus those of its proclitic forms). */
export function collectWordCounts(corpora: Corpora): Map<string, WordCounts> {
  const own = new Map<string, WordCounts>();
  const sets: [CorpusLabel, readonly ConllSentence[]][] = [
    ['anercorp-train80', corpora.anercorp],
    ['wikifane', corpora.wikifane],
  ];
  for (const [corpus, sentences] of sets) {
    for (const sentence of sentences) {
      const roles = readRoles(sentence);
      sentence.tokens.forEach((t, i) => {
        const surface = cleanName(t.text);
        if (!/^[\u0621-\u064A]+$/.test(surface)) return;
        const key = foldName(surface);
        let c = own.get(key);
        if (!c) {
          c = emptyCounts();
          own.set(key, c);
        }
        c.bare++;
        c.surfaces.set(surface, (c.surfaces.get(surface) ?? 0) + 1);
        const role = roles[i] ?? 'O';
        const inCorpus = (c.byCorpus[corpus] ??= { o: 0, entity: 0 });
        if (role === 'O') {
          c.o++;
          c.corpora.add(corpus);
          inCorpus.o++;
        } else if (role === 'part:PER') {
          c.perPart++;
          inCorpus.entity++;
        } else if (role === 'part:other') c.otherPart++;
        else {
          const type = role.slice('single:'.length);
          c.single[type] = (c.single[type] ?? 0) + 1;
          inCorpus.entity++;
        }
      });
    }
  }
  const total = new Map<string, WordCounts>();
  for (const [key, c] of own) {
    const t = emptyCounts();
    addCounts(t, c);
    t.bare = c.bare;
    t.surfaces = c.surfaces;
    total.set(key, t);
  }
  for (const [key, c] of own) {
    for (const stem of listProcliticStems(key)) {
      const t = total.get(stem);
      if (t) addCounts(t, c);
    }
  }
  return total;
}
