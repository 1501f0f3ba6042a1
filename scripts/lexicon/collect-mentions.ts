// Every gold entity mention of TRAIN80 and WikiFANE, keyed by its folded text, with its coarse type
// votes, how often the same words occur untagged (O), WikiFANE fine classes, and surface spellings.
// ANERcorp keeps proclitics on the first token («وروسيا» B-LOC), WikiFANE sometimes: a leading
// و/ف/ب/ل/ك (لل → ال) is stripped only when the stripped form is itself a mention or a gazetteer name,
// or, for a person, when it leaves a known given name where the whole first word is none
// («[و]عمرو الصفتي», «[ل]فلوران مالودا», but «وليد توفيق», «فرانك ريبيري»).
import type { CorpusLabel } from './collect-word-counts';
import { cleanName, foldName } from './fold-name';
import { readMentions, type Corpora } from './read-corpora';

export interface MentionVotes {
  readonly key: string;
  /** Coarse type (PER, LOC, ORG, MISC) or O → how often. */
  readonly votes: Record<string, number>;
  /** WikiFANE fine class → how often. */
  readonly fine: Record<string, number>;
  readonly corpora: Set<CorpusLabel>;
  readonly surfaces: Map<string, number>;
  readonly anercorpSurfaces: Map<string, number>;
}

function bump(rec: Record<string, number>, k: string, n = 1): void {
  rec[k] = (rec[k] ?? 0) + n;
}

/** Proclitic-stripped form of a mention, or null: «وروسيا» → «روسيا», «للأمم المتحدة» → «الأمم المتحدة». */
export function stripProclitic(text: string): string | null {
  if (/^لل/.test(text)) return `ال${text.slice(2)}`;
  if (/^[وفبلك]/.test(text) && (text.split(' ')[0] ?? '').length > 2) return text.slice(1);
  return null;
}

/**
 * @param gazetteerKeys folded names of the existing lexicon entries
 * @param givenNames folded given names (NAME entries), for names harvested with a proclitic
 */
export function collectMentions(corpora: Corpora, gazetteerKeys: ReadonlySet<string>, givenNames: ReadonlySet<string> = new Set()): Map<string, MentionVotes> {
  const mentions = new Map<string, MentionVotes>();
  const slot = (key: string): MentionVotes => {
    let m = mentions.get(key);
    if (!m) {
      m = { key, votes: {}, fine: {}, corpora: new Set(), surfaces: new Map(), anercorpSurfaces: new Map() };
      mentions.set(key, m);
    }
    return m;
  };
  const raw: { text: string; type: string; fine: string; corpus: CorpusLabel }[] = [];
  for (const s of corpora.anercorp) {
    for (const m of readMentions(s)) raw.push({ text: cleanName(m.tokens.join(' ')), type: m.type, fine: '', corpus: 'anercorp-train80' });
  }
  for (const s of corpora.wikifane) {
    for (const m of readMentions(s)) {
      const fineTag = s.fine?.[m.start] ?? '';
      raw.push({ text: cleanName(m.tokens.join(' ')), type: m.type, fine: fineTag.startsWith('B-') ? fineTag.slice(2) : '', corpus: 'wikifane' });
    }
  }
  // WikiFANE splits most clitics but not all («للعراق»، «بفرنسا» stay whole), so both corpora go
  // through the same check.
  const rawKeys = new Set(raw.map((r) => foldName(r.text)));
  for (const { text, type, fine: fineType, corpus } of raw) {
    // A person's name after a proclitic: «[و]عمرو الصفتي», «[ل]لوسي يعقوب» (not «الوسي»).
    const givenAfter = type === 'PER' && /^[وفبكل]/.test(text) && leavesGivenName(foldName(text), foldName(text.slice(1)), givenNames);
    const stripped = givenAfter ? text.slice(1) : stripProclitic(text);
    const strippedKey = stripped ? foldName(stripped) : '';
    const useStripped = stripped && (givenAfter || rawKeys.has(strippedKey) || gazetteerKeys.has(strippedKey));
    const surface = useStripped && stripped ? stripped : text;
    const m = slot(foldName(surface));
    bump(m.votes, type);
    if (fineType) bump(m.fine, fineType);
    m.corpora.add(corpus);
    m.surfaces.set(surface, (m.surfaces.get(surface) ?? 0) + 1);
    if (corpus === 'anercorp-train80') m.anercorpSurfaces.set(surface, (m.anercorpSurfaces.get(surface) ?? 0) + 1);
  }
  countUntagged(corpora, mentions);
  return mentions;
}

/**
 * Stripping the proclitic leaves a given name as the first word, and the first word as written is no
 * given name: «وعمرو» → «عمرو», but «وليد» stays.
 */
function leavesGivenName(key: string, strippedKey: string, givenNames: ReadonlySet<string>): boolean {
  return givenNames.has(strippedKey.split(' ')[0] ?? '') && !givenNames.has(key.split(' ')[0] ?? '');
}

/** Add O votes: occurrences of a mention's exact words with every token tagged O. */
function countUntagged(corpora: Corpora, mentions: Map<string, MentionVotes>): void {
  const byFirst = groupByFirstWord(mentions.keys());
  for (const s of [...corpora.anercorp, ...corpora.wikifane]) {
    const tokens = s.tokens;
    const folded = tokens.map((t) => foldName(t.text));
    for (let i = 0; i < tokens.length; i++) {
      if (tokens[i]?.tag !== 'O') continue;
      for (const words of byFirst.get(folded[i] ?? '') ?? []) {
        let ok = true;
        for (let j = 0; j < words.length && ok; j++) ok = folded[i + j] === words[j] && tokens[i + j]?.tag === 'O';
        if (ok) bump(mentions.get(words.join(' '))?.votes ?? {}, 'O');
      }
    }
  }
}

/** Folded phrases grouped by their first word, each split into words: to find them in a token list. */
export function groupByFirstWord(keys: Iterable<string>): Map<string, string[][]> {
  const byFirst = new Map<string, string[][]>();
  for (const key of keys) {
    const words = key.split(' ');
    const list = byFirst.get(words[0] ?? '') ?? [];
    list.push(words);
    byFirst.set(words[0] ?? '', list);
  }
  return byFirst;
}
