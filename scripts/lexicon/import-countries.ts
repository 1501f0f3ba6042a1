// COUNTRY entries: one per ISO 3166-1 code (plus Kosovo), names from CLDR (ar + the ar-AE/ar-LY/ar-SA
// overrides), i18n-iso-countries and Natural Earth, merged with the hand list curated/country-variants.tsv.
// world-countries (ODbL) is read only to check that no code is missing; none of its names is written.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generatedPath, type BuildContext, type StepResult } from './build-context';
import { cleanName, foldName } from './fold-name';
import { formatLexiconTsv, type LexiconRow } from './format-lexicon-tsv';
import { readSideTable } from './read-lexicon-files';

// CLDR codes that are not countries: UN, EU, eurozone, pseudo-locales, outlying parts of other states.
// AQ (Antarctica) is a continent: it is written as a PLACE by import-places.
export const NOT_COUNTRIES: ReadonlySet<string> = new Set(['AC', 'CP', 'CQ', 'DG', 'EA', 'EU', 'EZ', 'IC', 'QO', 'TA', 'UN', 'XA', 'XB', 'ZZ', 'AQ']);

type CldrTerritories = { main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }> };
type NaturalEarthCountry = { ISO_A2: string; ADM0_A3: string; NAME_AR?: string };

/**
 * Split a CLDR display form into usable names: «ميانمار (بورما)» → [ميانمار, بورما]; forms with an
 * administrative gloss («هونغ كونغ الصينية (منطقة إدارية خاصة)») are dropped.
 */
function splitDisplayName(raw: string): string[] {
  const name = cleanName(raw);
  const m = /^(.+?)\s*\((.+)\)$/.exec(name);
  if (!m) return [name];
  if (/منطقة|إدارية/.test(m[2] ?? '')) return [];
  return [m[1] ?? '', m[2] ?? ''].filter(Boolean);
}

function loadCountryNames(ctx: BuildContext): { byCode: Map<string, { names: string[]; sources: Set<string> }>; i18n: Record<string, string> } {
  const byCode = new Map<string, { names: string[]; sources: Set<string> }>();
  const add = (code: string, raw: string, source: string): void => {
    if (NOT_COUNTRIES.has(code) || !/^[A-Z]{2}$/.test(code)) return;
    const slot = byCode.get(code) ?? { names: [], sources: new Set<string>() };
    byCode.set(code, slot);
    for (const n of splitDisplayName(raw)) slot.names.push(n);
    slot.sources.add(source);
  };
  const json = (path: string): unknown => ctx.inputs.sharedJson(path);
  const i18n = (json('sources/i18n-iso-countries/ar.json') as { countries: Record<string, string> }).countries;
  // CLDR first: its main form is the canonical one unless it is a display gloss («الكونغو - كينشاسا»).
  for (const loc of ['ar', 'ar-AE', 'ar-LY', 'ar-SA']) {
    const territories = (json(`sources/cldr-ar/territories/${loc}.json`) as CldrTerritories).main[loc]?.localeDisplayNames.territories ?? {};
    for (const key of Object.keys(territories).sort()) {
      if (/^\d/.test(key)) continue;
      add(key.split('-')[0] ?? key, territories[key] ?? '', 'cldr');
    }
  }
  for (const code of Object.keys(i18n).sort()) add(code, i18n[code] ?? '', 'i18n-iso-countries');
  const alpha3: Record<string, string> = {};
  for (const c of json('sources/i18n-iso-countries/codes.json') as string[][]) alpha3[c[1] ?? ''] = c[0] ?? '';
  alpha3['KOS'] = 'XK';
  for (const r of json('sources/natural-earth-ar/ne_50m_admin_0_countries.names.json') as NaturalEarthCountry[]) {
    const code = /^[A-Z]{2}$/.test(r.ISO_A2) ? r.ISO_A2 : alpha3[r.ADM0_A3];
    if (code && r.NAME_AR && byCode.has(code)) add(code, r.NAME_AR, 'natural-earth');
  }
  return { byCode, i18n };
}

/** Codes of the ODbL file, for the completeness check only. */
function readValidationCodes(ctx: BuildContext): string[] {
  const path = 'sources/world-countries/countries_ar.json';
  if (!existsSync(join(ctx.inputs.sharedDir, path))) return [];
  const data = ctx.inputs.sharedJson(path) as { cca2?: unknown }[] | Record<string, { cca2?: unknown }>;
  const list = Array.isArray(data) ? data : Object.values(data);
  return list.map((c) => c.cca2).filter((c): c is string => typeof c === 'string');
}

export function importCountries(ctx: BuildContext): StepResult {
  const { byCode, i18n } = loadCountryNames(ctx);
  const hand = readSideTable(ctx.inputs.curatedFile('curated/country-variants.tsv'), ['iso', 'name', 'variants', 'note']);
  const handByCode = new Map<string, Readonly<Record<string, string>>>();
  for (const row of hand) {
    if (!byCode.has(row['iso'] ?? '')) throw new Error(`curated/country-variants.tsv: unknown or non-country code ${row['iso']}`);
    handByCode.set(row['iso'] ?? '', row);
  }
  const rows: LexiconRow[] = [];
  for (const code of [...byCode.keys()].sort()) {
    const slot = byCode.get(code);
    if (!slot) continue;
    const handRow = handByCode.get(code);
    const handVariants = handRow?.['variants'] ? handRow['variants'].split('|').map(cleanName) : [];
    const cldrMain = slot.names[0] ?? '';
    const canonical = handRow?.['name'] || (/ - /.test(cldrMain) ? cleanName(i18n[code] ?? cldrMain) : cldrMain);
    const seen = new Set([foldName(canonical)]);
    const variants: string[] = [];
    for (const n of [...slot.names, ...handVariants]) {
      const key = foldName(n);
      if (!n || seen.has(key)) continue;
      seen.add(key);
      variants.push(n);
    }
    const sources = [...slot.sources];
    if (handRow) sources.push('curated');
    rows.push({ id: `country:${code}`, type: 'COUNTRY', subtype: '', name: canonical, variants, attrs: { iso: code }, source: sources.join('+') });
  }
  const missing = readValidationCodes(ctx).filter((c) => !byCode.has(c) && !NOT_COUNTRIES.has(c));
  if (missing.length) throw new Error(`countries missing from CLDR/i18n: ${missing.join(', ')}`);
  const path = generatedPath('countries.tsv');
  const text = formatLexiconTsv(path, rows, [
    'generated by scripts/lexicon/import-countries.ts from cldr-ar, i18n-iso-countries, natural-earth-ar + curated/country-variants.tsv',
  ]);
  return { files: [{ path, text }], stats: { countries: rows.length } };
}
