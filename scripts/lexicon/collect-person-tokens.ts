// Person-name tokens seen in the gold PER mentions of TRAIN80 and WikiFANE, with how often each is
// the first token (a given name: «نيكولاي ساركوزي») or the last (a family name) of a mention.
import { cleanName } from './fold-name';
import { readMentions, type CorpusName, type Corpora } from './read-corpora';

// Name particles, never a NAME entry on their own.
export const PARTICLES: ReadonlySet<string> = new Set(['بن', 'ابن', 'بنت', 'أبو', 'ابو', 'أبي', 'ابي', 'أبا', 'ابا', 'آل', 'ال', 'عبد', 'ولد', 'دي', 'دو', 'دا', 'فون', 'فان', 'لا', 'لو', 'لي', 'أم', 'ام', 'بنو', 'سان', 'سانت', 'ديل', 'دل', 'ذو', 'ذي', 'بو', 'إبن', 'إبنة']);

// Titles and ordinals that the corpora include inside PER spans («الشيخ»، «باشا»، «الثاني»), and the
// second halves of theophoric compounds («عبد [الله]»، «صلاح [الدين]»).
export const NOT_NAMES: ReadonlySet<string> = new Set(['الشيخ', 'الامير', 'الأمير', 'الملك', 'الملكة', 'باشا', 'بك', 'بيك', 'الثاني', 'الاول', 'الأول', 'الثالث', 'الرابع', 'الخامس', 'السلطان', 'الامام', 'الإمام', 'الرئيس', 'السيد', 'السيدة', 'الدكتور', 'الخليفة', 'البابا', 'القديس', 'القديسة', 'الحاج', 'الاميرة', 'الأميرة', 'الشيخة', 'سمو', 'جلالة', 'فخامة', 'الدين', 'الله', 'بالله', 'الرحمن', 'الرحيم', 'سير', 'مستر', 'مسيو', 'مدام', 'الجنرال', 'اللواء', 'العقيد', 'الأب', 'الاب', 'الكاردينال', 'الأخ', 'الاخ', 'المرحوم', 'الشهيد', 'العلامة', 'آية', 'اية', 'حجة', 'الإسلام', 'الاسلام', 'جونيور', 'الابن', 'الأكبر', 'الاكبر', 'الأصغر', 'الاصغر', 'الكبير', 'الصغير']);

export interface TokenVotes {
  first: number;
  last: number;
  middle: number;
  single: number;
  anercorp: number;
  wikifane: number;
}

export function collectPersonTokens(corpora: Corpora): Map<string, TokenVotes> {
  const votes = new Map<string, TokenVotes>();
  for (const corpus of ['anercorp', 'wikifane'] as const satisfies readonly CorpusName[]) {
    for (const s of corpora[corpus]) {
      for (const m of readMentions(s)) {
        if (m.type !== 'PER') continue;
        const tokens = m.tokens.map(cleanName).filter((t) => /^[\u0621-\u064A]{2,}$/.test(t));
        tokens.forEach((t, i) => {
          if (PARTICLES.has(t) || NOT_NAMES.has(t) || tokens[i - 1] === 'عبد') return;
          let v = votes.get(t);
          if (!v) {
            v = { first: 0, last: 0, middle: 0, single: 0, anercorp: 0, wikifane: 0 };
            votes.set(t, v);
          }
          if (tokens.length === 1) v.single++;
          else if (i === 0) v.first++;
          else if (i === tokens.length - 1) v.last++;
          else v.middle++;
          v[corpus]++;
        });
      }
    }
  }
  mergeProcliticForms(votes);
  return votes;
}

/**
 * ANERcorp keeps proclitics on tokens («وبلير», «وعبد»): a token that is و ف ب ك ل plus a name
 * token (or a particle) seen on its own counts for that name and is no NAME token itself. A name
 * that merely starts with one of those letters («وليد», «وحيد») keeps its votes: its stem is no name.
 */
function mergeProcliticForms(votes: Map<string, TokenVotes>): void {
  for (const [token, v] of [...votes]) {
    if (!/^[وفبكل]/.test(token)) continue;
    const stem = token.slice(1);
    if (PARTICLES.has(stem)) {
      votes.delete(token);
      continue;
    }
    const target = votes.get(stem);
    if (!target) continue;
    for (const key of Object.keys(v) as (keyof TokenVotes)[]) target[key] += v[key];
    votes.delete(token);
  }
}
