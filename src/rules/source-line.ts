import XRegExp from 'xregexp';
import type { Doc } from '../document';
import type { Rule } from './rule';
import { orgReading } from './org-descriptor';
import { addCandidate, entityAt, isOpenWord, isWord } from './read-tokens';
import { foldedString } from '../normalize/fold-text';

/**
 * Credit lines of news text, where the name is an organization whatever else it could be:
 * - «المصدر : فارس», «نقلا عن : سانا» — a source line;
 * - «(رويترز)», «(د ب أ)», «(العالم)» — an agency credit in parentheses;
 * - «العالم - ايران», «بيروت - أ ف ب» — a dateline pairing a place and a news organization.
 * The patterns run on the folded text, so diacritics, tatweel and hamza spellings inside
 * «المصدر» or «نقلا عن» do not hide a credit line; alef spellings stay a class for extractors
 * that switch the alef fold off.
 */
const A = '[اأإآٱ]';
const SOURCE_LINE = XRegExp(
  `^ [\\t ]* (?: ${A}لمصدر | مصدر [\\t ]+ ${A}لخبر | ${A}لمصدر [\\t ]+ ${A}لرسمي | نقلا [\\t ]+ عن ) [\\t ]* [:：] [\\t ]*
   (?<name> [^\\n:()]{1,40}? ) [\\t .]* $`,
  'gmx',
);
const CREDIT = XRegExp(`\\( [\\t ]* (?<name> [^()\\n]{1,25}? ) [\\t ]* \\)`, 'gx');
const DATELINE = XRegExp(
  `^ [\\t ]* (?<left> [^\\s\\-–—:]+ (?: [\\t ]+ [^\\s\\-–—:]+ ){0,2} ) [\\t ]* [-–—] [\\t ]*
   (?<right> [^\\s\\-–—:]+ (?: [\\t ]+ [^\\s\\-–—:]+ ){0,2} ) [\\t ]* $`,
  'gmx',
);

const PLACES = new Set(['COUNTRY', 'PLACE']);
const ANY = new Set(['COUNTRY', 'PLACE', 'ORGANIZATION', 'PERSON', 'NATIONALITY']);

/** The token starting exactly at folded offset `at`, or -1. */
function tokenStartingAt(doc: Doc, at: number): number {
  const { tokens } = doc;
  let lo = 0;
  let hi = tokens.count - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = tokens.start[mid] as number;
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
    const end = tokens.end[t] as number;
    if (end === at) return t + 1;
    if (end > at) return -1;
  }
  return -1;
}

function spanOf(doc: Doc, start: number, text: string): { tokStart: number; tokEnd: number } | undefined {
  const tokStart = tokenStartingAt(doc, start);
  if (tokStart < 0) return undefined;
  const tokEnd = tokenEndingAt(doc, tokStart, start + text.length);
  return tokEnd > tokStart ? { tokStart, tokEnd } : undefined;
}

/**
 * Marks [tokStart, tokEnd) as an organization: its organization reading; or, when `named` (a source
 * line names its source whatever else the words could mean), any words that are not common ones.
 */
function markOrganization(doc: Doc, tokStart: number, tokEnd: number, detail: string, named: boolean): boolean {
  const entry = orgReading(doc, tokStart, tokEnd);
  let words = named;
  for (let t = tokStart; t < tokEnd && words; t++) words = isWord(doc, t) && (isOpenWord(doc, t) || entityAt(doc, t, ANY) !== undefined);
  if (entry < 0 && !words) return false;
  addCandidate(doc, {
    type: 'ORGANIZATION',
    tokStart,
    tokEnd,
    start: doc.tokens.start[tokStart] as number,
    entry,
    source: { kind: 'rule', id: 'source-line', detail },
    score: entry >= 0 ? 0.85 : 0.6,
    priority: 3,
  });
  return true;
}

function isPlace(doc: Doc, span: { tokStart: number; tokEnd: number }): boolean {
  const place = entityAt(doc, span.tokStart, PLACES);
  return place !== undefined && place.tokEnd === span.tokEnd;
}

/** Where a group ends the match: its last occurrence in the matched text. */
function groupStart(match: XRegExp.MatchArray, name: string): number {
  return (match.index ?? 0) + match[0].lastIndexOf(name);
}

/**
 * ORGANIZATION from the credit lines of news text: «المصدر : [فارس]», «([رويترز])», «[العالم] - ايران».
 */
export const sourceLine: Rule = {
  id: 'source-line',
  description: 'source lines, agency credits and datelines name organizations: «المصدر : [فارس]», «[العالم] - ايران»',
  apply(doc: Doc): void {
    const input = doc.input;
    if (input.indexOf(':') < 0 && input.indexOf('：') < 0 && input.indexOf('(') < 0 && !/[-–—]/.test(input)) return;
    const text = foldedString(doc.folded);
    if (text.indexOf(':') >= 0 || text.indexOf('：') >= 0) {
      XRegExp.forEach(text, SOURCE_LINE, (match) => {
        const name = (match.groups?.['name'] ?? '').trim();
        const span = name ? spanOf(doc, groupStart(match, name), name) : undefined;
        if (span) markOrganization(doc, span.tokStart, span.tokEnd, 'named on a source line', true);
      });
    }
    if (text.indexOf('(') >= 0) {
      XRegExp.forEach(text, CREDIT, (match) => {
        const name = (match.groups?.['name'] ?? '').trim();
        const span = name ? spanOf(doc, groupStart(match, name), name) : undefined;
        if (span) markOrganization(doc, span.tokStart, span.tokEnd, 'agency credit in parentheses', false);
      });
    }
    if (/[-–—]/.test(text)) {
      XRegExp.forEach(text, DATELINE, (match) => {
        const left = match.groups?.['left'] ?? '';
        const right = match.groups?.['right'] ?? '';
        const leftSpan = spanOf(doc, (match.index ?? 0) + match[0].indexOf(left), left);
        const rightSpan = spanOf(doc, groupStart(match, right), right);
        if (!leftSpan || !rightSpan) return;
        if (isPlace(doc, rightSpan)) markOrganization(doc, leftSpan.tokStart, leftSpan.tokEnd, 'news organization on a dateline', false);
        else if (isPlace(doc, leftSpan)) markOrganization(doc, rightSpan.tokStart, rightSpan.tokEnd, 'agency on a dateline', false);
      });
    }
  },
};
