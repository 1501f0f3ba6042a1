/**
 * The invariants every output of alam must satisfy, whatever the input. Each check returns a list
 * of violations (empty when all is well) so that the property tests can assert on it and the fuzz
 * run can count and print them. The API is passed in (src/ in the tests, dist/ in scripts/fuzz.js).
 */

import type { NormalizedText } from '#alam/normalize/normalize';
import type { Entity, EntityType, Extractor, NormalizeOptions, ProvenanceKind, Token, TokenKind } from '#alam/types';

/** The functions under test: src/ in the tests, dist/ in the fuzz run. */
export interface InvariantApi {
  normalize(text: string, options?: NormalizeOptions): NormalizedText;
  tokenize(text: string, options?: { readonly normalize?: NormalizeOptions }): Token[];
}

// Written out rather than taken from the library, so that a kind the library starts to emit is a
// violation until it is listed here; the Record types make the compiler ask for every kind the types name.
const ENTITY_TYPE_SET: Readonly<Record<EntityType, true>> = { PERSON: true, COUNTRY: true, ORGANIZATION: true, PLACE: true, NATIONALITY: true };
const ENTITY_TYPES: ReadonlySet<string> = new Set(Object.keys(ENTITY_TYPE_SET));
const PROVENANCE_KIND_SET: Readonly<Record<ProvenanceKind, true>> = { lexicon: true, rule: true, propagation: true, fuzzy: true, model: true };
const PROVENANCE_KINDS: ReadonlySet<string> = new Set(Object.keys(PROVENANCE_KIND_SET));
const TOKEN_KIND_SET: Readonly<Record<TokenKind, true>> = { word: true, latin: true, number: true, punct: true, symbol: true };
const TOKEN_KINDS: ReadonlySet<string> = new Set(Object.keys(TOKEN_KIND_SET));

export const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
export const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;
/** Harakat U+064B–U+065F and the superscript alef U+0670: they belong to the letter before them. */
export const isHaraka = (code: number): boolean => (code >= 0x064b && code <= 0x065f) || code === 0x0670;

/** True when `offset` falls between the two halves of a surrogate pair (an emoji cut in two). */
export function splitsSurrogatePair(input: string, offset: number): boolean {
  return offset > 0 && offset < input.length && isHigh(input.charCodeAt(offset - 1)) && isLow(input.charCodeAt(offset));
}

const show = (text: string): string => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Offsets are integers with 0 <= start < end <= input.length and `input.slice(start, end) === text`. */
function checkSpan(input: string, span: { readonly start: number; readonly end: number; readonly text: string }, what: string, problems: string[]): boolean {
  const { start, end, text } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > input.length || start >= end) {
    problems.push(`${what}: bad offsets [${start}, ${end}) for input length ${input.length}`);
    return false;
  }
  if (input.slice(start, end) !== text) problems.push(`${what} [${start}, ${end}): text ${show(text)} is not input.slice(start, end) ${show(input.slice(start, end))}`);
  if (splitsSurrogatePair(input, start)) problems.push(`${what} [${start}, ${end}): starts inside a surrogate pair`);
  if (splitsSurrogatePair(input, end)) problems.push(`${what} [${start}, ${end}): ends inside a surrogate pair`);
  return true;
}

/**
 * Entities: valid spans that neither cut a surrogate pair nor separate a letter from its harakat,
 * sorted by start and non-overlapping, with a known type and provenance and a score in [0, 1].
 * `normalize` folds an entity's text with the extractor's switches: it must give `entity.normalized`.
 */
export function checkEntities(
  input: string,
  entities: readonly Entity[],
  { types = ENTITY_TYPES, normalize }: { readonly types?: ReadonlySet<string>; readonly normalize?: (text: string) => string } = {},
): string[] {
  const problems: string[] = [];
  if (!Array.isArray(entities)) return [`extract returned ${typeof entities}, not an array`];
  const checkOne = (entity: Entity, what: string): void => {
    if (!checkSpan(input, entity, what, problems)) return;
    const { start, end } = entity;
    if (isHaraka(input.charCodeAt(start))) problems.push(`${what} [${start}, ${end}): starts on a combining mark`);
    if (end < input.length && isHaraka(input.charCodeAt(end))) problems.push(`${what} [${start}, ${end}): ends before the combining mark U+${input.charCodeAt(end).toString(16).toUpperCase()}`);
    if (!types.has(entity.type)) problems.push(`${what} [${start}, ${end}): type ${entity.type} was not asked for`);
    if (typeof entity.score !== 'number' || !(entity.score >= 0 && entity.score <= 1)) problems.push(`${what} [${start}, ${end}): score ${entity.score} not in [0, 1]`);
    if (!entity.source || !PROVENANCE_KINDS.has(entity.source.kind) || typeof entity.source.id !== 'string') {
      problems.push(`${what} [${start}, ${end}): bad source ${JSON.stringify(entity.source)}`);
    }
    if (typeof entity.normalized !== 'string' || entity.normalized.length === 0) problems.push(`${what} [${start}, ${end}): empty normalized form`);
    else if (normalize && normalize(entity.text) !== entity.normalized) {
      problems.push(`${what} [${start}, ${end}): normalized ${show(entity.normalized)} is not the fold of its text ${show(normalize(entity.text))}`);
    }
  };
  entities.forEach((entity, i) => {
    checkOne(entity, `entity ${i}`);
    const previous = entities[i - 1];
    if (previous && previous.end > entity.start) problems.push(`entity ${i} [${entity.start}, ${entity.end}) overlaps or precedes entity ${i - 1} [${previous.start}, ${previous.end})`);
    for (const [k, inner] of (entity.nested ?? []).entries()) {
      checkOne(inner, `entity ${i} nested ${k}`);
      if (inner.start < entity.start || inner.end > entity.end) problems.push(`entity ${i} nested ${k} [${inner.start}, ${inner.end}) is outside [${entity.start}, ${entity.end})`);
    }
  });
  return problems;
}

/**
 * The result of `normalize(input)`: an idempotent fold with a monotone map whose ranges either start
 * together (one ligature expanded to several letters: «ﻻ» → «لا», a mark after it extending the last
 * one) or are disjoint, that covers every code unit a fold does not delete, and whose groups (units
 * from one original code unit) fold back to their own text.
 * `api.normalize` is the function under test; `options` its switches; `sample` limits how many
 * groups are re-folded (all by default).
 */
export function checkNormalized(input: string, result: NormalizedText, api: InvariantApi, options?: NormalizeOptions, { sample = Infinity }: { readonly sample?: number } = {}): string[] {
  const problems: string[] = [];
  const { text, starts, ends } = result;
  if (result.original !== input) problems.push('normalize: original is not the input');
  if (starts.length !== text.length || ends.length !== text.length) {
    return [`normalize: ${text.length} folded units but ${starts.length} starts and ${ends.length} ends`];
  }
  const n = text.length;
  // Out of range reads give NaN, which fails every comparison below.
  const start = (i: number): number => starts[i] ?? NaN;
  const end = (i: number): number => ends[i] ?? NaN;
  for (let i = 0; i < n; i++) {
    if (!(start(i) >= 0 && start(i) < end(i) && end(i) <= input.length)) problems.push(`normalize: unit ${i} maps to [${start(i)}, ${end(i)})`);
    if (i > 0 && (start(i) < start(i - 1) || end(i) < end(i - 1))) problems.push(`normalize: map not monotone at unit ${i}: [${start(i - 1)}, ${end(i - 1)}) then [${start(i)}, ${end(i)})`);
    if (i > 0 && start(i) !== start(i - 1) && start(i) < end(i - 1)) {
      problems.push(`normalize: ranges of units ${i - 1} and ${i} partly overlap: [${start(i - 1)}, ${end(i - 1)}) and [${start(i)}, ${end(i)})`);
    }
    if (problems.length > 5) return problems;
  }
  // Covering: every code unit that survives folding on its own lies inside some unit's range.
  let j = 0;
  for (let u = 0; u < input.length; u++) {
    if (isDeletedAlone(api, options, input.charCodeAt(u))) continue;
    while (j < n && end(j) <= u) j++;
    if (j >= n || start(j) > u) {
      problems.push(`normalize: original unit ${u} (U+${input.charCodeAt(u).toString(16).toUpperCase()}) is covered by no folded unit`);
      break;
    }
  }
  const again = api.normalize(text, options).text;
  if (again !== text) problems.push(`normalize: not idempotent: ${show(text)} → ${show(again)}`);
  // Groups (units from one original code unit: «ﻻ» → «لا») fold back to their own text.
  let checked = 0;
  for (let g = 0; g < n && checked < sample; checked++) {
    let h = g + 1;
    while (h < n && start(h) === start(g)) h++;
    const slice = input.slice(start(g), end(h - 1));
    const folded = api.normalize(slice, options).text;
    if (folded !== text.slice(g, h)) problems.push(`normalize: ${show(slice)} at [${start(g)}, ${end(h - 1)}) folds alone to ${show(folded)} but to ${show(text.slice(g, h))} in context`);
    g = h;
  }
  problems.push(...checkToOriginal(result, input));
  return problems;
}

/** `toOriginal` maps whole ranges through starts/ends, maps an empty range to a point, and rejects bad ranges. */
function checkToOriginal(result: NormalizedText, input: string): string[] {
  const problems: string[] = [];
  const { starts, ends } = result;
  const n = result.text.length;
  const probes: [number, number][] = [[0, n], [0, 0], [n, n], [Math.floor(n / 3), Math.floor((2 * n) / 3)], [Math.floor(n / 2), Math.floor(n / 2)]];
  for (const [s, e] of probes) {
    const got = result.toOriginal(s, e);
    const want = s === e ? { start: s < n ? starts[s] : input.length, end: s < n ? starts[s] : input.length } : { start: starts[s], end: ends[e - 1] };
    if (got.start !== want.start || got.end !== want.end) problems.push(`normalize: toOriginal(${s}, ${e}) = [${got.start}, ${got.end}), expected [${want.start}, ${want.end})`);
  }
  for (const [s, e] of [[0, n + 1], [-1, 0], [1, 0], [0.5, 1]] as const) {
    let threw = false;
    try {
      result.toOriginal(s, e);
    } catch (error) {
      threw = error instanceof RangeError;
    }
    if (!threw) problems.push(`normalize: toOriginal(${s}, ${e}) did not throw a RangeError`);
  }
  return problems;
}

const deletedCache = new Map<string, boolean>();
/** Whether a fold deletes this code unit on its own (a haraka, tatweel, an invisible control …). */
function isDeletedAlone(api: InvariantApi, options: NormalizeOptions | undefined, code: number): boolean {
  const key = `${JSON.stringify(options ?? {})}|${code}`;
  let deleted = deletedCache.get(key);
  if (deleted === undefined) {
    deleted = api.normalize(String.fromCharCode(code), options).text === '';
    deletedCache.set(key, deleted);
  }
  return deleted;
}

/**
 * Tokens: valid spans, sorted and non-overlapping, never cutting a surrogate pair, with a known kind,
 * a normalized form that is the fold of their text, and proclitic splits inside the token.
 */
export function checkTokens(input: string, tokens: readonly Token[], { normalize }: { readonly normalize?: (text: string) => string } = {}): string[] {
  const problems: string[] = [];
  tokens.forEach((token, i) => {
    const what = `token ${i}`;
    if (!checkSpan(input, token, what, problems)) return;
    if (!TOKEN_KINDS.has(token.kind)) problems.push(`${what}: unknown kind ${token.kind}`);
    const previous = tokens[i - 1];
    if (previous && previous.end > token.start) problems.push(`${what} [${token.start}, ${token.end}) overlaps token ${i - 1} [${previous.start}, ${previous.end})`);
    if (normalize && normalize(token.text) !== token.normalized) problems.push(`${what} [${token.start}, ${token.end}): normalized ${show(token.normalized)} is not the fold of its text ${show(normalize(token.text))}`);
    for (const split of token.splits ?? []) {
      // «ﻻفالعلي»: the ligature U+FEFB is one code unit, so the stem after its ل starts where the token does.
      if (!(split.start >= token.start && split.start < token.end) || split.prefix === '' || split.stem === '') {
        problems.push(`${what} [${token.start}, ${token.end}): bad split ${JSON.stringify(split)}`);
      }
    }
  });
  return problems;
}

/**
 * Runs extract, normalize and tokenize on one input with one set of normalization switches and
 * returns every violation (a throw is a violation too). `extractor` was created with those switches.
 */
export function checkInput(
  api: InvariantApi,
  extractor: Extractor,
  input: string,
  switches?: NormalizeOptions,
  { sample = Infinity, types }: { readonly sample?: number; readonly types?: ReadonlySet<string> } = {},
): string[] {
  const problems: string[] = [];
  const guard = <T>(what: string, run: () => T): T | undefined => {
    try {
      return run();
    } catch (error) {
      problems.push(`${what} threw ${error instanceof Error && error.stack ? error.stack.split('\n').slice(0, 3).join(' | ') : String(error)}`);
      return undefined;
    }
  };
  const fold = (text: string): string => guard('normalize', () => api.normalize(text, switches).text) ?? '<normalize threw>';
  const entities = guard('extract', () => extractor.extract(input));
  if (entities) problems.push(...checkEntities(input, entities, { normalize: fold, ...(types ? { types } : {}) }));
  const normalized = guard('normalize', () => api.normalize(input, switches));
  if (normalized) problems.push(...(guard('normalize check', () => checkNormalized(input, normalized, api, switches, { sample })) ?? []));
  const tokens = guard('tokenize', () => api.tokenize(input, switches ? { normalize: switches } : {}));
  if (tokens) problems.push(...checkTokens(input, tokens, { normalize: fold }));
  return problems;
}
