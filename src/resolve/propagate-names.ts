import { addCandidate, replaceCandidate, type Doc } from '../document';
import { WORD_ANY_GIVEN, WORD_ANY_NAME, WORD_COMMON, WORD_GIVEN, WORD_GIVEN_F, WORD_GIVEN_M, WORD_STOPWORD } from '../lexicon/lexicon-types';
import { entityAt } from '../rules/helpers/entity-at';
import { WordTable } from '../lexicon/word-table';
import { findProcliticStems, RESTORED_ARTICLE } from '../tokenize/find-proclitic-stems';
import { WORD } from '../tokenize/scan-tokens';
import { foldedString } from '../normalize/fold-text';
import { createCandidate, respanCandidate, type Candidate } from '../candidate';
import { PRIORITY } from '../priorities';

/** An Arabic given name alone («علي», «محمد») names too many people to stand for one. */
const ARABIC_GIVEN = WORD_GIVEN_M | WORD_GIVEN_F | WORD_GIVEN;
const GOD = 'الله';
const OTHER_ENTITIES = new Set(['COUNTRY', 'PLACE', 'ORGANIZATION']);

/**
 * Document-level resolution: once a full name is found («علي شمخاني»), a bare surname elsewhere
 * in the document — before or after — is the same person («شمخاني : رفض …», «واستعرض شمخاني»),
 * linked to it; so is a distinctive first name («كوندوليزا», «راؤول»). Common words never propagate,
 * nor do Arabic given names opening a name («علي», «محمد»); one closing it after a given name is the
 * family name and does («حسني [مبارك]», «نجيب [محفوظ]»). Proclitics peel as everywhere else
 * («وباتروشيف» → «باتروشيف»).
 */
export function propagateNames(doc: Doc): void {
  const full = doc.candidates.filter((c) => c.type === 'PERSON' && c.tokEnd - c.tokStart >= 2 && isWellKnown(doc, c));
  if (full.length === 0) return;
  const keys = new WordTable(16);
  const owners: Candidate[] = [];
  const { folded, tokens } = doc;
  const addKey = (t: number, owner: Candidate, start: number): void => {
    const flags = doc.tokenFlags[t];
    if (tokens.kind[t] !== WORD || flags & (WORD_COMMON | WORD_STOPWORD)) return;
    // An Arabic given name opening a name stands for too many people; closing one after a given
    // name it is the family name: «نجيب [محفوظ]», «حسني [مبارك]», «محمود [عباس]».
    if (flags & ARABIC_GIVEN && !(t === owner.tokEnd - 1 && t > owner.tokStart && doc.tokenFlags[t - 1] & WORD_ANY_GIVEN)) return;
    // A surname that is also a country, place or organization («إسرائيل», «طهران») stays what it is elsewhere.
    if (entityAt(doc, t, OTHER_ENTITIES)) return;
    // The end of a compound given name is no surname: «نور [الدين]», «عبد [الله]».
    if (endsCompoundName(doc, t, owner.tokStart)) return;
    const end = tokens.end[t];
    if (end - start < 3) return;
    const key = foldedString(folded, start, end);
    // «الله» closes a theophoric name («طلحة بن عبيد [الله]», «حسن نصر [الله]»), never a family name of its own.
    if (key === GOD) return;
    const id = keys.add(key);
    owners[id] ??= owner;
  };
  for (const person of full) {
    addKey(person.tokEnd - 1, person, doc.tokens.start[person.tokEnd - 1]);
    addKey(person.tokStart, person, person.start);
  }
  if (keys.size === 0) return;

  const covered = new Uint8Array(tokens.count);
  for (const person of full) for (let t = person.tokStart; t < person.tokEnd; t++) covered[t] = 1;
  const stems = new Int32Array(4);
  const ownerOf = new Map<Candidate, Candidate>();
  // Word ids of the keys the lexicon knows: a token known as some other word is skipped at once.
  const knownKeys = new Set<number>();
  for (let id = 0; id < keys.size; id++) knownKeys.add(doc.index.words.get(keys.word(id)));
  for (let t = 0; t < tokens.count; t++) {
    if (covered[t] || tokens.kind[t] !== WORD) continue;
    const whole = doc.word[t];
    if (whole >= 0 && !knownKeys.has(whole)) continue;
    const s = tokens.start[t];
    const e = tokens.end[t];
    let start = s;
    let id = keys.lookup(folded.codes, s, e);
    if (id < 0) {
      const n = findProcliticStems(folded.codes, s, e, stems);
      for (let k = 0; k < n && id < 0; k++) {
        if (stems[k] & RESTORED_ARTICLE) continue;
        start = s + (stems[k] >> 1);
        id = keys.lookup(folded.codes, start, e);
      }
    }
    if (id < 0) continue;
    const owner = owners[id];
    // «إندرياس اديناور» again, unrecognized: one mention of the full name, not two of its parts.
    const previous = doc.candidates[doc.candidates.length - 1];
    if (previous && previous.source?.kind === 'propagation' && previous.tokEnd === t && ownerOf.get(previous) === owner) {
      const longer = respanCandidate(previous, previous.tokStart, t + 1, previous.start, e);
      ownerOf.set(longer, owner);
      replaceCandidate(doc, previous, longer);
      continue;
    }
    const mention = createCandidate({
      type: 'PERSON',
      tokStart: t,
      tokEnd: t + 1,
      start,
      end: e,
      entry: owner.entry,
      source: { kind: 'propagation', id: owner.source?.id ?? doc.index.entryId(owner.entry), detail: `same person as «${foldedString(folded, owner.start, owner.end)}»` },
      score: Math.min(owner.score, 0.75),
      priority: PRIORITY.propagation,
      canonical: owner.canonical ?? (owner.entry >= 0 ? doc.index.canonical(owner.entry) : doc.input.slice(folded.starts[owner.start], folded.ends[owner.end - 1])),
    });
    ownerOf.set(mention, owner);
    addCandidate(doc, mention);
  }
}

/** Token t ends a multi-word NAME entry that starts at or after `from` («نور الدين», «عبد الملك»). */
function endsCompoundName(doc: Doc, t: number, from: number): boolean {
  const { matches, index } = doc;
  for (let s = Math.max(from, t - 3); s < t; s++) {
    for (let m = matches.head[s]; m < matches.head[s + 1]; m++) {
      if (matches.tokEnd[m] <= t) continue;
      const form = matches.form[m];
      for (let i = index.formStart[form], last = i + index.formSize[form]; i < last; i++) {
        if (index.entryType(index.entryList[i]) === 'NAME') return true;
      }
    }
  }
  return false;
}

/** A full name worth propagating: a lexicon person, or a name with at least one known name token. */
function isWellKnown(doc: Doc, person: Candidate): boolean {
  if (person.entry >= 0) return true;
  for (let t = person.tokStart; t < person.tokEnd; t++) if (doc.tokenFlags[t] & WORD_ANY_NAME) return true;
  return false;
}
