import { SCORED_TYPES, type EvalReport, type TypeScore } from './types';

export type ReportFormat = 'text' | 'markdown' | 'json';

const REPORT_FORMATS: readonly ReportFormat[] = ['text', 'markdown', 'json'];

/** Renders a report: a conlleval-style text table, a markdown table (for the README) or JSON. */
export function formatReport(report: EvalReport, format: ReportFormat): string {
  switch (format) {
    case 'text':
      return formatText(report);
    case 'markdown':
      return formatMarkdown(report);
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    default:
      throw new RangeError(`unknown report format «${String(format)}» (expected ${REPORT_FORMATS.join(', ')})`);
  }
}

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

function formatText(report: EvalReport): string {
  const { micro } = report;
  const lines = [
    ...(report.label !== undefined ? [report.label] : []),
    `processed ${report.tokens} tokens with ${micro.gold} phrases; found: ${micro.predicted} phrases; correct: ${micro.correct}.`,
    `precision: ${percent(micro.precision)}; recall: ${percent(micro.recall)}; FB1: ${fixed(micro.f1, 6)}`,
    ...SCORED_TYPES.map((type) => {
      const score = report.byType[type];
      return (
        `${type.padStart(17)}: precision: ${percent(score.precision)}; recall: ${percent(score.recall)}; ` +
        `FB1: ${fixed(score.f1, 6)}  ${score.predicted}`
      );
    }),
    notes(report),
  ];
  return `${lines.join('\n')}\n`;
}

function formatMarkdown(report: EvalReport): string {
  const row = (name: string, score: TypeScore): string =>
    `| ${name} | ${score.gold} | ${score.predicted} | ${score.correct} | ` +
    `${score.precision.toFixed(1)} | ${score.recall.toFixed(1)} | ${score.f1.toFixed(1)} |`;
  const caption =
    `${report.label !== undefined ? `**${report.label}**: ` : ''}` +
    `${report.sentences} sentences, ${report.tokens} tokens; ${notes(report)}`;
  return [
    caption,
    '',
    '| type | gold | predicted | correct | precision | recall | F1 |',
    '|:--|--:|--:|--:|--:|--:|--:|',
    ...SCORED_TYPES.map((type) => row(type, report.byType[type])),
    row('**micro**', report.micro),
    '',
  ].join('\n');
}

function notes(report: EvalReport): string {
  const { unscoredType, crossSentence, tokenConflicts } = report.projection;
  return (
    `not scored: ${report.goldMisc} gold MISC chunks, ${unscoredType} NATIONALITY entities; ` +
    `split at sentence ends: ${crossSentence}; token conflicts: ${tokenConflicts}`
  );
}

function percent(value: number): string {
  return `${fixed(value, 6)}%`;
}

function fixed(value: number, width: number): string {
  return value.toFixed(2).padStart(width);
}
