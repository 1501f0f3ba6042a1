import {
  evaluateConll,
  formatErrorSummary,
  formatReport,
  formatTiming,
  readConll,
  summarizeErrors,
  type EvalReport,
} from '../../src/eval';
import { fakeExtractor, toConll } from './helpers';

/** 1 correct PER, 1 false LOC «زار», 1 missed LOC «موسكو», and a gold MISC. */
function sampleReport(label?: string): EvalReport {
  const { extract } = fakeExtractor(['[علي شمخاني](PERSON) [زار](PLACE) موسكو']);
  const gold = ['[علي شمخاني](PER) زار [موسكو](LOC) [امس](MISC)'];
  const options = label === undefined ? { errors: true } : { errors: true, label };
  return evaluateConll(readConll(toConll(gold)), extract, options);
}

describe('formatReport', () => {
  it('prints a conlleval-style table', () => {
    expect(formatReport(sampleReport('sample'), 'text')).toBe(
      [
        'sample',
        'processed 5 tokens with 2 phrases; found: 2 phrases; correct: 1.',
        'precision:  50.00%; recall:  50.00%; FB1:  50.00',
        '              PER: precision: 100.00%; recall: 100.00%; FB1: 100.00  1',
        '              LOC: precision:   0.00%; recall:   0.00%; FB1:   0.00  1',
        '              ORG: precision:   0.00%; recall:   0.00%; FB1:   0.00  0',
        'not scored: 1 gold MISC chunks, 0 NATIONALITY entities; split at sentence ends: 0; token conflicts: 0',
        '',
      ].join('\n'),
    );
  });

  it('prints a markdown table with a caption', () => {
    expect(formatReport(sampleReport('ANERcorp dev20'), 'markdown')).toBe(
      [
        '**ANERcorp dev20**: 1 sentences, 5 tokens; not scored: 1 gold MISC chunks, 0 NATIONALITY entities; split at sentence ends: 0; token conflicts: 0',
        '',
        '| type | gold | predicted | correct | precision | recall | F1 |',
        '|:--|--:|--:|--:|--:|--:|--:|',
        '| PER | 1 | 1 | 1 | 100.0 | 100.0 | 100.0 |',
        '| LOC | 1 | 1 | 0 | 0.0 | 0.0 | 0.0 |',
        '| ORG | 0 | 0 | 0 | 0.0 | 0.0 | 0.0 |',
        '| **micro** | 2 | 2 | 1 | 50.0 | 50.0 | 50.0 |',
        '',
      ].join('\n'),
    );
  });

  it('omits the label line when there is no label', () => {
    expect(formatReport(sampleReport(), 'text').split('\n')[0]).toMatch(/^processed 5 tokens/);
    expect(formatReport(sampleReport(), 'markdown').split('\n')[0]).toMatch(/^1 sentences, 5 tokens;/);
  });

  it('prints the whole report as JSON', () => {
    const report = sampleReport('x');
    expect(JSON.parse(formatReport(report, 'json'))).toEqual(report);
  });

  it('rejects an unknown format', () => {
    expect(() => formatReport(sampleReport(), 'html' as never)).toThrow(
      'unknown report format «html» (expected text, markdown, json)',
    );
  });
});

describe('formatErrorSummary', () => {
  const groups = summarizeErrors(sampleReport().errors ?? []);

  it('lists each kind with counts and one located example', () => {
    expect(formatErrorSummary(groups, 5, 'text')).toBe(
      [
        'false positives: 1 (1 distinct), top 1',
        '     1  →LOC      «زار»  e.g. sentence 0 (line 3): علي شمخاني [زار] موسكو امس',
        '',
        'misses: 1 (1 distinct), top 1',
        '     1  LOC→      «موسكو»  e.g. sentence 0 (line 4): علي شمخاني زار [موسكو] امس',
        '',
        'type confusions: 0 (0 distinct), top 0',
        '',
      ].join('\n'),
    );
  });

  it('prints markdown tables and honours the limit', () => {
    const markdown = formatErrorSummary(groups, 0, 'markdown');
    expect(markdown).toContain('**false positives: 1 (1 distinct), top 0**');
    expect(markdown).not.toContain('«زار»');
    expect(markdown).not.toContain('| count |');
    expect(formatErrorSummary(groups, 1, 'markdown')).toContain('| 1 | «زار» | →LOC | 0:3 | علي شمخاني [زار] موسكو امس |');
  });

  it('shows what a false positive overlaps', () => {
    const { extract } = fakeExtractor(['جورج [بوش](PERSON)']);
    const report = evaluateConll(readConll(toConll(['[جورج بوش](PER)'])), extract, { errors: true });
    expect(formatErrorSummary(summarizeErrors(report.errors ?? []), 1, 'text')).toContain(
      '«بوش»  e.g. sentence 0 (line 2): جورج [بوش]  (overlaps PER «جورج بوش»)',
    );
  });
});

describe('formatTiming', () => {
  it('gives milliseconds, characters and throughput', () => {
    expect(formatTiming(400.4, 1234567, 80)).toBe('extract: 400 ms for 1,234,567 characters in 80 calls (3,083 characters/ms)');
    expect(formatTiming(0, 0, 0)).toBe('extract: 0 ms for 0 characters in 0 calls (0 characters/ms)');
  });
});
