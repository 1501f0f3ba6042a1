// Entries harvested from the gold mentions of ANERcorp TRAIN80 and WikiFANE (never ANERcorp DEV):
// a mention is kept when one type has at least MIN_SHARE of all its votes (O occurrences included),
// it is not a common word (a one-token mention needs two votes), and no existing lexicon entry of the same type has that name.
// PER → PERSON (two tokens or more: a bare surname is left to the rules), ORG → ORGANIZATION,
// LOC → COUNTRY when WikiFANE's fine class says Nation, else PLACE (subtype from the fine class).
import type { LexiconSourceFile } from '#alam/lexicon/compile-lexicon';
import type { EntryType } from '#alam/lexicon/lexicon-types';
import { generatedPath, readGenerated, type BuildContext, type StepResult } from './build-context';
import { collectMentions } from './collect-mentions';
import { foldName } from './fold-name';
import { formatLexiconTsv, type LexiconRow } from './format-lexicon-tsv';
import { readAllEntries, readCommonWords } from './read-lexicon-files';

export const MIN_SHARE = 0.8;
const GIVEN_SUBTYPES = new Set(['given', 'given-m', 'given-f', 'foreign-given']);
const MAX_TOKENS = 6;
// WikiFANE splits attached pronouns off words («أبي» → «اب ي»، «عرهم» → «عر هم»): a mention with such
// a fragment is a tokenization artefact, not a name as written.
const FRAGMENTS = new Set(['ي', 'ه', 'ك', 'ها', 'هم', 'هما', 'هن', 'كم', 'نا', 'ا', 'ت', 'ة']);

/** WikiFANE fine class → lexicon subtype. */
const FINE_SUBTYPES: Readonly<Record<string, string>> = {
  'Population-Center': 'city',
  'State-or-Province': 'region',
  'County-or-District': 'district',
  Continent: 'continent',
  'GPE-Cluster': 'region',
  'Water-Body': 'water',
  'Land-Region-Natural': 'natural',
  'Building-Grounds': 'landmark',
  'Subarea-Facility': 'landmark',
  Path: 'road',
  Airport: 'airport',
  Plant: 'landmark',
  Government: 'government',
  'Non-Governmental': 'ngo',
  Commercial: 'company',
  Educational: 'university',
  Media: 'media',
  Religious_ORG: 'religious',
  Sports: 'club',
  Entertainment: 'entertainment',
  'Medical-Science': 'medical',
  Politician: 'politician',
  Athlete: 'athlete',
  Businessperson: 'business',
  Artist: 'artist',
  Scientist: 'scientist',
  Police: 'military',
  Religious_PER: 'religious',
  Engineer: 'engineer',
  Lawyer: 'lawyer',
};

const PREFIXES: Readonly<Record<'PERSON' | 'ORGANIZATION' | 'PLACE' | 'COUNTRY', string>> = { PERSON: 'person', ORGANIZATION: 'org', PLACE: 'place', COUNTRY: 'country' };

function topOf(rec: Readonly<Record<string, number>>): string {
  let best = '';
  let n = 0;
  for (const k of Object.keys(rec).sort()) {
    if ((rec[k] ?? 0) > n) {
      best = k;
      n = rec[k] ?? 0;
    }
  }
  return best;
}

/** The hand-edited lists and the lists this build made before the harvest: every lexicon but a harvest. */
function readGazetteerFiles(ctx: BuildContext): LexiconSourceFile[] {
  return [...ctx.inputs.curated, ...ctx.generated.values()].filter((file) => !/\/harvested-[^/]*$/.test(file.path));
}

export function importHarvest(ctx: BuildContext): StepResult {
  const entries = readAllEntries(readGazetteerFiles(ctx));
  // Existing entries, excluding previous harvest output: folded name → types.
  const gazetteer = new Map<string, Set<string>>();
  // Folded given names of the name lists, Arabic and foreign.
  const givenNames = new Set<string>();
  for (const e of entries) {
    for (const n of [e.name, ...e.variants]) {
      const k = foldName(n);
      const set = gazetteer.get(k) ?? new Set<string>();
      set.add(e.type);
      gazetteer.set(k, set);
      if (e.type === 'NAME' && GIVEN_SUBTYPES.has(e.subtype)) givenNames.add(k);
    }
  }
  const common = new Set(readCommonWords(readGenerated(ctx, 'common-words.tsv')).map((r) => foldName(r.word)));
  const mentions = collectMentions(ctx.corpora, new Set(gazetteer.keys()), givenNames);
  const out: Record<'PERSON' | 'ORGANIZATION' | 'PLACE', LexiconRow[]> = { PERSON: [], ORGANIZATION: [], PLACE: [] };
  const stats = { mentions: mentions.size, ambiguous: 0, known: 0, kept: 0 };
  for (const m of [...mentions.values()].sort((a, b) => (a.key < b.key ? -1 : 1))) {
    const total = Object.values(m.votes).reduce((a, b) => a + b, 0);
    const top = topOf(m.votes);
    const tokens = m.key.split(' ');
    if (top === 'MISC' || top === 'O' || (m.votes[top] ?? 0) < MIN_SHARE * total) {
      stats.ambiguous++;
      continue;
    }
    if (tokens.length > MAX_TOKENS || !/^[\u0621-\u064A ]+$/.test(m.key) || m.key.replace(/ /g, '').length < 3) continue;
    if (tokens.length === 1 && (common.has(m.key) || total < 2)) continue;
    if (tokens.some((t) => t.length === 1 || FRAGMENTS.has(t))) continue;
    // WikiFANE also splits a name-initial ل as if it were the preposition («ليتوانيا» → «ل يتوانيا»).
    if (gazetteer.has(`ل${m.key}`)) continue;
    const fineTop = topOf(m.fine);
    const type: 'PERSON' | 'ORGANIZATION' | 'PLACE' | 'COUNTRY' =
      top === 'PER' ? 'PERSON' : top === 'ORG' ? 'ORGANIZATION' : fineTop === 'Nation' || gazetteer.get(m.key)?.has('COUNTRY') ? 'COUNTRY' : 'PLACE';
    // A one-token PER mention is a surname or a given name («بوش»، «محمد»): the person rules and
    // document propagation handle those, a PERSON entry would fire on every namesake.
    if (type === 'PERSON' && tokens.length === 1) continue;
    // A «Nation» seen once is usually a misspelling of a known country («اكرانيا»).
    if (type === 'COUNTRY' && total < 2) continue;
    if (gazetteer.get(m.key)?.has(type) || (type === 'PERSON' && gazetteer.get(m.key)?.has('NAME'))) {
      stats.known++;
      continue;
    }
    // Prefer ANERcorp's spelling: WikiFANE's text was normalised by its authors (no hamza on alef).
    const pick = (s: ReadonlyMap<string, number>): string | undefined => [...s.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
    const name = pick(m.anercorpSurfaces) ?? pick(m.surfaces) ?? m.key;
    const variants = [...m.surfaces.keys()].filter((s) => s !== name).sort();
    const votes = ['PER', 'LOC', 'ORG', 'MISC', 'O']
      .filter((k) => m.votes[k])
      .map((k) => `${k}:${m.votes[k]}`)
      .join(',');
    const entryType: EntryType = type;
    out[type === 'COUNTRY' ? 'PLACE' : type].push({
      id: `${PREFIXES[type]}:harvest:${m.key.replace(/ /g, '_')}`,
      type: entryType,
      subtype: type === 'COUNTRY' ? '' : FINE_SUBTYPES[fineTop] ?? '',
      name,
      variants,
      attrs: { votes },
      source: [...m.corpora].sort().join('+'),
    });
    stats.kept++;
  }
  const note = 'generated by scripts/lexicon/import-harvest.ts from gold mentions of ANERcorp TRAIN80 (Benajiba et al. 2007; Obeid et al. 2020) and WikiFANE (Alotaibi & Lee 2014, CC BY-SA 3.0)';
  const files = (
    [
      ['harvested-persons.tsv', out.PERSON],
      ['harvested-organizations.tsv', out.ORGANIZATION],
      ['harvested-places.tsv', out.PLACE],
    ] as const
  ).map(([name, rows]) => {
    const path = generatedPath(name);
    return { path, text: formatLexiconTsv(path, rows, [note]) };
  });
  return { files, stats: { ...stats, persons: out.PERSON.length, organizations: out.ORGANIZATION.length, places: out.PLACE.length } };
}
