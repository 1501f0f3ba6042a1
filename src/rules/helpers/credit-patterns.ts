/**
 * The credit-line patterns of the source-line rule, written for XRegExp's free-spacing mode (`x`)
 * with named groups, so they stay readable. `npm run compile:patterns` compiles them with XRegExp
 * into native regular expressions (`compiled-credit-patterns.ts`), which is what runs: no pattern
 * is built at import time and the runtime needs no regex library. A test fails when the compiled
 * file is stale.
 *
 * They run on the folded text; alef spellings stay a class for extractors that switch the alef
 * fold off.
 */
const A = '[اأإآٱ]';

export const CREDIT_PATTERNS = {
  /** «المصدر : فارس», «نقلا عن : سانا» — the whole line. */
  sourceLine: {
    pattern: `^ [\\t ]* (?: ${A}لمصدر | مصدر [\\t ]+ ${A}لخبر | ${A}لمصدر [\\t ]+ ${A}لرسمي | نقلا [\\t ]+ عن ) [\\t ]* [:：] [\\t ]*
              (?<name> [^\\n:()]{1,40}? ) [\\t .]* $`,
    flags: 'gmx',
  },
  /** «(رويترز)», «(د ب أ)» — a short credit in parentheses. */
  credit: {
    pattern: `\\( [\\t ]* (?<name> [^()\\n]{1,25}? ) [\\t ]* \\)`,
    flags: 'gx',
  },
  /** «العالم - ايران», «بيروت - أ ف ب» — a line of one to three words on each side of a dash. */
  dateline: {
    pattern: `^ [\\t ]* (?<left> [^\\s\\-–—:]+ (?: [\\t ]+ [^\\s\\-–—:]+ ){0,2} ) [\\t ]* [-–—] [\\t ]*
              (?<right> [^\\s\\-–—:]+ (?: [\\t ]+ [^\\s\\-–—:]+ ){0,2} ) [\\t ]* $`,
    flags: 'gmx',
  },
} as const;

export type CreditPatternName = keyof typeof CREDIT_PATTERNS;

/** A pattern compiled to a native regular expression: its source, flags and the names of its groups in order. */
export interface CompiledPattern {
  readonly source: string;
  readonly flags: string;
  readonly groups: readonly string[];
}
