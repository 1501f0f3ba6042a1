import { isReportFormat, type ReportFormat } from './format-report';
import { isEvalSplit } from './select-split';
import type { EvalSplit } from './types';

export interface EvalArgs {
  readonly file: string;
  /** Error groups shown per kind; 0 = no error summary. */
  readonly errors: number;
  readonly blockSize: number;
  readonly split: EvalSplit;
  readonly format: ReportFormat;
}

export type ParsedEvalArgs =
  | { readonly kind: 'run'; readonly args: EvalArgs }
  | { readonly kind: 'help' }
  | { readonly kind: 'usage-error'; readonly message: string };

export const DEFAULT_ERROR_GROUPS = 20;

export const EVAL_USAGE = `usage: alam eval FILE.conll [options]

Scores alam on a CoNLL file (TOKEN<TAB>TAG lines, BIO2 over PER, LOC, ORG, MISC) like conlleval:
chunk-level precision, recall and F1 for PER, LOC, ORG and micro; gold MISC is not scored.

options:
  --errors [N]        also list the N most frequent false positives, misses and type confusions (default ${DEFAULT_ERROR_GROUPS})
  --block-size N      sentences per extractor call, joined with line breaks (default 10)
  --split S           all | train80 | dev20: first 80% or last 20% of the sentences (default all)
  --format F          text | markdown | json (default text)
  --json              same as --format json
  -h, --help          show this help

exit codes:
  0  scored (the report is on stdout)
  1  FILE could not be read, is not valid CoNLL, or the extractor failed (the message names the file and line)
  2  usage error (unknown option, bad value, no FILE)
  4  the report could not be written (disk full, I/O error)
`;

/** Parses `alam eval` arguments without touching the file system. */
export function parseEvalArgs(argv: readonly string[]): ParsedEvalArgs {
  const files: string[] = [];
  let errors = 0;
  let blockSize = 10;
  let split: EvalSplit = 'all';
  let format: ReportFormat = 'text';
  const fail = (message: string): ParsedEvalArgs => ({ kind: 'usage-error', message });

  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    const next = argv[i + 1];
    switch (arg) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '--errors':
        if (next !== undefined && /^\d+$/.test(next)) {
          errors = Number(next);
          i += 1;
        } else {
          errors = DEFAULT_ERROR_GROUPS;
        }
        break;
      case '--block-size':
        if (next === undefined || !/^\d+$/.test(next) || Number(next) < 1) {
          return fail(`--block-size needs a positive integer, got ${next === undefined ? 'nothing' : `«${next}»`}`);
        }
        blockSize = Number(next);
        i += 1;
        break;
      case '--split':
        if (next === undefined || !isEvalSplit(next)) {
          return fail(`--split needs all, train80 or dev20, got ${next === undefined ? 'nothing' : `«${next}»`}`);
        }
        split = next;
        i += 1;
        break;
      case '--format':
        if (next === undefined || !isReportFormat(next)) {
          return fail(`--format needs text, markdown or json, got ${next === undefined ? 'nothing' : `«${next}»`}`);
        }
        format = next;
        i += 1;
        break;
      case '--json':
        format = 'json';
        break;
      default:
        if (arg.startsWith('-')) return fail(`unknown option «${arg}»`);
        files.push(arg);
    }
  }
  if (files.length !== 1) {
    return fail(files.length === 0 ? 'missing FILE.conll' : `expected one FILE.conll, got ${files.length}: ${files.join(' ')}`);
  }
  return { kind: 'run', args: { file: files[0] ?? '', errors, blockSize, split, format } };
}
