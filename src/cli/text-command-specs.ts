import { NORMALIZE_OPTION_SPECS } from './normalize-switches';
import type { OptionSpec } from './parse-args';

const HELP: OptionSpec = { name: 'help', short: 'h', kind: 'flag', description: 'show this help' };

export const NORMALIZE_COMMAND_SPECS: readonly OptionSpec[] = [
  { name: 'map', kind: 'flag', description: 'print the folded text with its offset map, as JSON' },
  ...NORMALIZE_OPTION_SPECS,
  HELP,
];

export const TOKENIZE_COMMAND_SPECS: readonly OptionSpec[] = [
  { name: 'no-header', kind: 'flag', description: 'no header row' },
  ...NORMALIZE_OPTION_SPECS,
  HELP,
];
