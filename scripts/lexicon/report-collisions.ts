// Cross-type collisions among all lexicon entries (PERSON / COUNTRY / ORGANIZATION / PLACE /
// NATIONALITY; cue-tier places left out since they never match bare), sorted by how often the form
// occurs in TRAIN80 + WikiFANE, with the gold type votes of its mentions and the type that
// curated/collisions.tsv gives it. Review the top of this list and record decisions there.
import type { LexiconSourceFile } from '#alam/lexicon/compile-lexicon';
import { runScript, readInteger } from '../lib/script-args';
import { loadBuildInputs, readLexiconSources } from './build-inputs';
import { collectMentions, groupByFirstWord } from './collect-mentions';
import { foldName } from './fold-name';
import { readAllEntries, readCollisions } from './read-lexicon-files';
import type { Corpora } from './read-corpora';

export interface CollisionRow {
  readonly form: string;
  readonly freq: number;
  readonly types: string;
  readonly votes: string;
  readonly decided: string;
}

export function reportCollisions(files: readonly LexiconSourceFile[], corpora: Corpora): CollisionRow[] {
  const forms = new Map<string, Map<string, string[]>>();
  for (const e of readAllEntries(files)) {
    if (e.type === 'NAME' || e.attrs['tier'] === 'cue') continue;
    for (const n of [e.name, ...e.variants]) {
      const k = foldName(n);
      const byType = forms.get(k) ?? new Map<string, string[]>();
      const ids = byType.get(e.type) ?? [];
      if (!ids.includes(e.id)) ids.push(e.id);
      byType.set(e.type, ids);
      forms.set(k, byType);
    }
  }
  const colliding = [...forms.entries()].filter(([, t]) => t.size > 1);
  const freq = new Map<string, number>(colliding.map(([k]) => [k, 0]));
  const byFirst = groupByFirstWord(colliding.map(([k]) => k));
  for (const s of [...corpora.anercorp, ...corpora.wikifane]) {
    const f = s.tokens.map((t) => foldName(t.text));
    f.forEach((tok, i) => {
      for (const words of byFirst.get(tok) ?? []) {
        if (words.every((t, j) => f[i + j] === t)) freq.set(words.join(' '), (freq.get(words.join(' ')) ?? 0) + 1);
      }
    });
  }
  const mentions = collectMentions(corpora, new Set());
  const decided = new Map<string, string>();
  const collisionsFile = files.find((file) => file.path === 'lexicons/curated/collisions.tsv');
  for (const r of collisionsFile ? readCollisions(collisionsFile) : []) decided.set(foldName(r.name), r.type);
  const rows = colliding.map(([k, types]): CollisionRow => {
    const m = mentions.get(k);
    const votes = m
      ? Object.entries(m.votes)
          .sort()
          .map(([t, n]) => `${t}:${n}`)
          .join(',')
      : '';
    const typeList = [...types.entries()]
      .sort()
      .map(([t, ids]) => `${t}(${ids.slice(0, 3).join(',')}${ids.length > 3 ? ',…' : ''})`)
      .join(' ');
    return { form: k, freq: freq.get(k) ?? 0, types: typeList, votes, decided: decided.get(k) ?? '' };
  });
  rows.sort((a, b) => b.freq - a.freq || (a.form < b.form ? -1 : 1));
  return rows;
}

if (require.main === module) {
  runScript(
    {
      name: 'lexicon:collisions',
      usage: 'npm run lexicon:collisions -- [--top N] [--unresolved]',
      about: 'Cross-type collisions of lexicons/ by corpus frequency, with gold votes and the decision of curated/collisions.tsv (TSV on stdout).',
      options: [
        { name: 'top', kind: 'value', valueName: 'N', description: 'only the N most frequent' },
        { name: 'unresolved', kind: 'flag', description: 'only forms that curated/collisions.tsv does not decide' },
      ],
    },
    (args) => {
      const inputs = loadBuildInputs();
      const top = readInteger(args, 'top', Number.MAX_SAFE_INTEGER, 1);
      const rows = reportCollisions(readLexiconSources(inputs.root), inputs.corpora)
        .filter((r) => !args.flag('unresolved') || !r.decided)
        .slice(0, top);
      process.stdout.write(`${['form', 'corpus_freq', 'gold_votes', 'decided', 'types'].join('\t')}\n`);
      for (const r of rows) process.stdout.write(`${[r.form, r.freq, r.votes, r.decided, r.types].join('\t')}\n`);
    },
  );
}
