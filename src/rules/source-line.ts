import type { Doc } from '../document';
import type { Rule } from './helpers/rule';
import { addRuleCandidate } from './helpers/add-rule-candidate';
import { entityAt, readingOf } from './helpers/entity-at';
import { isOpenWord } from './helpers/is-name-word';
import { isWord } from './helpers/is-word';
import { foldedString } from '../normalize/fold-text';
import { COMPILED_CREDIT_PATTERNS } from './helpers/compiled-credit-patterns';
import type { CompiledPattern, CreditPatternName } from './helpers/credit-patterns';
import { PRIORITY } from '../priorities';

/**
 * Credit lines of news text, where the name is an organization whatever else it could be:
 * - «المصدر : فارس», «نقلا عن : سانا» — a source line;
 * - «(رويترز)», «(د ب أ)», «(العالم)» — an agency credit in parentheses;
 * - «العالم - ايران», «بيروت - أ ف ب» — a dateline pairing a place and a news organization.
 * The patterns (credit-patterns.ts, compiled ahead by XRegExp) run on the folded text, so
 * diacritics, tatweel and hamza spellings inside «المصدر» or «نقلا عن» do not hide a credit line.
 */
let patterns: Record<CreditPatternName, RegExp> | undefined;

/** The native expressions, built on first use; `d` gives the offsets of the named groups. */
function creditPatterns(): Record<CreditPatternName, RegExp> {
  if (!patterns) {
    const built = {} as Record<CreditPatternName, RegExp>;
    for (const [name, compiled] of Object.entries(COMPILED_CREDIT_PATTERNS) as [CreditPatternName, CompiledPattern][]) {
      built[name] = new RegExp(compiled.source, `${compiled.flags}d`);
    }
    patterns = built;
  }
  return patterns;
}

/** Each match of a credit pattern, as the offsets of its named groups in the folded text. */
function* matchGroups(text: string, name: CreditPatternName): Generator<Record<string, { start: number; end: number }>> {
  const regex = creditPatterns()[name];
  const groups = COMPILED_CREDIT_PATTERNS[name].groups;
  regex.lastIndex = 0;
  for (let match = regex.exec(text); match; match = regex.exec(text)) {
    if (match[0].length === 0) regex.lastIndex++;
    const found: Record<string, { start: number; end: number }> = {};
    groups.forEach((group, i) => {
      const at = match?.indices?.[i + 1];
      if (at) found[group] = trimRange(text, at[0], at[1]);
    });
    yield found;
  }
}

/** A group's range without surrounding spaces. */
function trimRange(text: string, start: number, end: number): { start: number; end: number } {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

const PLACES = new Set(['COUNTRY', 'PLACE']);
const ANY = new Set(['COUNTRY', 'PLACE', 'ORGANIZATION', 'PERSON', 'NATIONALITY']);

/** The token starting exactly at folded offset `at`, or -1. */
function tokenStartingAt(doc: Doc, at: number): number {
  const { tokens } = doc;
  let lo = 0;
  let hi = tokens.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = tokens.start[mid];
    if (start === at) return mid;
    if (start < at) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** The token ending exactly at folded offset `at`, searching from token `from`, or -1. */
function tokenEndingAt(doc: Doc, from: number, at: number): number {
  const { tokens } = doc;
  for (let t = from; t < tokens.count; t++) {
    const end = tokens.end[t];
    if (end === at) return t + 1;
    if (end > at) return -1;
  }
  return -1;
}

function spanOf(doc: Doc, range: { start: number; end: number } | undefined): { tokStart: number; tokEnd: number } | undefined {
  if (!range || range.end <= range.start) return undefined;
  const tokStart = tokenStartingAt(doc, range.start);
  if (tokStart < 0) return undefined;
  const tokEnd = tokenEndingAt(doc, tokStart, range.end);
  return tokEnd > tokStart ? { tokStart, tokEnd } : undefined;
}

/**
 * Marks [tokStart, tokEnd) as an organization: its organization reading; or, when `named` (a source
 * line names its source whatever else the words could mean), any words that are not common ones.
 */
function markOrganization(doc: Doc, tokStart: number, tokEnd: number, detail: string, named: boolean): boolean {
  const entry = readingOf(doc, tokStart, tokEnd, 'ORGANIZATION');
  let words = named;
  for (let t = tokStart; t < tokEnd && words; t++) words = isWord(doc, t) && (isOpenWord(doc, t) || entityAt(doc, t, ANY) !== undefined);
  if (entry < 0 && !words) return false;
  addRuleCandidate(doc, 'ORGANIZATION', { tokStart, tokEnd, start: doc.tokens.start[tokStart] }, {
    rule: 'source-line',
    detail,
    score: entry >= 0 ? 0.85 : 0.6,
    priority: PRIORITY.retyped,
    entry,
  });
  return true;
}

function isPlace(doc: Doc, span: { tokStart: number; tokEnd: number }): boolean {
  const place = entityAt(doc, span.tokStart, PLACES);
  return place !== undefined && place.tokEnd === span.tokEnd;
}

/**
 * ORGANIZATION from the credit lines of news text: «المصدر : [فارس]», «([رويترز])», «[العالم] - ايران».
 */
export const sourceLine: Rule = {
  id: 'source-line',
  description: 'source lines, agency credits and datelines name organizations: «المصدر : [فارس]», «[العالم] - ايران»',
  apply(doc: Doc): void {
    const input = doc.input;
    const colon = input.indexOf(':') >= 0 || input.indexOf('：') >= 0;
    const paren = input.indexOf('(') >= 0;
    const dash = /[-–—]/.test(input);
    if (!colon && !paren && !dash) return;
    const text = foldedString(doc.folded);
    if (colon) {
      for (const { name } of matchGroups(text, 'sourceLine')) {
        const span = spanOf(doc, name);
        if (span) markOrganization(doc, span.tokStart, span.tokEnd, 'named on a source line', true);
      }
    }
    if (paren) {
      for (const { name } of matchGroups(text, 'credit')) {
        const span = spanOf(doc, name);
        if (span) markOrganization(doc, span.tokStart, span.tokEnd, 'agency credit in parentheses', false);
      }
    }
    if (dash) {
      for (const { left, right } of matchGroups(text, 'dateline')) {
        const leftSpan = spanOf(doc, left);
        const rightSpan = spanOf(doc, right);
        if (!leftSpan || !rightSpan) continue;
        if (isPlace(doc, rightSpan)) markOrganization(doc, leftSpan.tokStart, leftSpan.tokEnd, 'news organization on a dateline', false);
        else if (isPlace(doc, leftSpan)) markOrganization(doc, rightSpan.tokStart, rightSpan.tokEnd, 'agency on a dateline', false);
      }
    }
  },
};
