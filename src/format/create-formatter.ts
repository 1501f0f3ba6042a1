import { createConllFormatter } from './create-conll-formatter';
import { createHtmlFormatter } from './create-html-formatter';
import { createJsonFormatter } from './create-json-formatter';
import { createJsonlFormatter } from './create-jsonl-formatter';
import { createPrettyFormatter } from './create-pretty-formatter';
import { createTsvFormatter } from './create-tsv-formatter';
import { OUTPUT_FORMATS, type DocumentFormatter, type FormatOptions, type OutputFormat } from './format-types';

const FACTORIES: Readonly<Record<OutputFormat, (options: FormatOptions) => DocumentFormatter>> = {
  json: createJsonFormatter,
  jsonl: createJsonlFormatter,
  tsv: createTsvFormatter,
  conll: createConllFormatter,
  html: createHtmlFormatter,
  pretty: createPrettyFormatter,
};

/** The streaming formatter for `format`; throws a RangeError naming the valid formats for anything else. */
export function createFormatter(format: OutputFormat, options: FormatOptions = {}): DocumentFormatter {
  const factory = Object.prototype.hasOwnProperty.call(FACTORIES, format) ? FACTORIES[format] : undefined;
  if (factory === undefined) {
    throw new RangeError(`unknown output format ${JSON.stringify(format)}: expected one of ${OUTPUT_FORMATS.join(', ')}`);
  }
  return factory(options);
}
