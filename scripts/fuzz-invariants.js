'use strict';
/**
 * The invariants every output of alam must satisfy, whatever the input. Each check returns a list
 * of violations (empty when all is well) so that the property tests can assert on it and the fuzz
 * run can count and print them. The API is passed in (src/ in the tests, dist/ in scripts/fuzz.js).
 */

const ENTITY_TYPES = new Set(['PERSON', 'COUNTRY', 'ORGANIZATION', 'PLACE', 'NATIONALITY']);
const PROVENANCE_KINDS = new Set(['lexicon', 'rule', 'propagation', 'fuzzy']);
const TOKEN_KINDS = new Set(['word', 'latin', 'number', 'punct', 'symbol']);

const isHigh = (code) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code) => code >= 0xdc00 && code <= 0xdfff;
/** Harakat U+064B–U+065F and the superscript alef U+0670: they belong to the letter before them. */
const isHaraka = (code) => (code >= 0x064b && code <= 0x065f) || code === 0x0670;

/** True when `offset` falls between the two halves of a surrogate pair (an emoji cut in two). */
function splitsSurrogatePair(input, offset) {
  return offset > 0 && offset < input.length && isHigh(input.charCodeAt(offset - 1)) && isLow(input.charCodeAt(offset));
}

const show = (text) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Offsets are integers with 0 <= start < end <= input.length and `input.slice(start, end) === text`. */
function checkSpan(input, span, what, problems) {
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
function checkEntities(input, entities, { types = ENTITY_TYPES, normalize } = {}) {
  const problems = [];
  if (!Array.isArray(entities)) return [`extract returned ${typeof entities}, not an array`];
  const checkOne = (entity, what) => {
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
function checkNormalized(input, result, api, options, { sample = Infinity } = {}) {
  const problems = [];
  const { text, starts, ends } = result;
  if (result.original !== input) problems.push('normalize: original is not the input');
  if (starts.length !== text.length || ends.length !== text.length) {
    return [`normalize: ${text.length} folded units but ${starts.length} starts and ${ends.length} ends`];
  }
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!(starts[i] >= 0 && starts[i] < ends[i] && ends[i] <= input.length)) problems.push(`normalize: unit ${i} maps to [${starts[i]}, ${ends[i]})`);
    if (i > 0 && (starts[i] < starts[i - 1] || ends[i] < ends[i - 1])) problems.push(`normalize: map not monotone at unit ${i}: [${starts[i - 1]}, ${ends[i - 1]}) then [${starts[i]}, ${ends[i]})`);
    if (i > 0 && starts[i] !== starts[i - 1] && starts[i] < ends[i - 1]) {
      problems.push(`normalize: ranges of units ${i - 1} and ${i} partly overlap: [${starts[i - 1]}, ${ends[i - 1]}) and [${starts[i]}, ${ends[i]})`);
    }
    if (problems.length > 5) return problems;
  }
  // Covering: every code unit that survives folding on its own lies inside some unit's range.
  let j = 0;
  for (let u = 0; u < input.length; u++) {
    if (isDeletedAlone(api, options, input.charCodeAt(u))) continue;
    while (j < n && ends[j] <= u) j++;
    if (j >= n || starts[j] > u) {
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
    while (h < n && starts[h] === starts[g]) h++;
    const slice = input.slice(starts[g], ends[h - 1]);
    const folded = api.normalize(slice, options).text;
    if (folded !== text.slice(g, h)) problems.push(`normalize: ${show(slice)} at [${starts[g]}, ${ends[h - 1]}) folds alone to ${show(folded)} but to ${show(text.slice(g, h))} in context`);
    g = h;
  }
  problems.push(...checkToOriginal(result, input));
  return problems;
}

/** `toOriginal` maps whole ranges through starts/ends, maps an empty range to a point, and rejects bad ranges. */
function checkToOriginal(result, input) {
  const problems = [];
  const { starts, ends } = result;
  const n = result.text.length;
  const probes = [[0, n], [0, 0], [n, n], [Math.floor(n / 3), Math.floor((2 * n) / 3)], [Math.floor(n / 2), Math.floor(n / 2)]];
  for (const [s, e] of probes) {
    const got = result.toOriginal(s, e);
    const want = s === e ? { start: s < n ? starts[s] : input.length, end: s < n ? starts[s] : input.length } : { start: starts[s], end: ends[e - 1] };
    if (got.start !== want.start || got.end !== want.end) problems.push(`normalize: toOriginal(${s}, ${e}) = [${got.start}, ${got.end}), expected [${want.start}, ${want.end})`);
  }
  for (const [s, e] of [[0, n + 1], [-1, 0], [1, 0], [0.5, 1]]) {
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

const deletedCache = new Map();
/** Whether a fold deletes this code unit on its own (a haraka, tatweel, an invisible control …). */
function isDeletedAlone(api, options, code) {
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
function checkTokens(input, tokens, { normalize } = {}) {
  const problems = [];
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
function checkInput(api, extractor, input, switches, { sample = Infinity, types } = {}) {
  const problems = [];
  const guard = (what, run) => {
    try {
      return run();
    } catch (error) {
      problems.push(`${what} threw ${error && error.stack ? error.stack.split('\n').slice(0, 3).join(' | ') : String(error)}`);
      return undefined;
    }
  };
  const fold = (text) => guard('normalize', () => api.normalize(text, switches).text) ?? '<normalize threw>';
  const entities = guard('extract', () => extractor.extract(input));
  if (entities) problems.push(...checkEntities(input, entities, { normalize: fold, ...(types ? { types } : {}) }));
  const normalized = guard('normalize', () => api.normalize(input, switches));
  if (normalized) problems.push(...(guard('normalize check', () => checkNormalized(input, normalized, api, switches, { sample })) ?? []));
  const tokens = guard('tokenize', () => api.tokenize(input, { normalize: switches }));
  if (tokens) problems.push(...checkTokens(input, tokens, { normalize: fold }));
  return problems;
}

module.exports = { isHaraka, isHigh, isLow, splitsSurrogatePair, checkEntities, checkNormalized, checkTokens, checkInput };
