import { ANNOTATION_CONVENTIONS, type AnnotationConventions, type ExtractorOptions, type LexiconEntryInput } from '../types';
import { loadLexiconFile } from './load-lexicon-file';
import { readNormalizeOptions } from './normalize-switches';
import type { ParsedArgs } from './parse-args';
import { parseTypeList } from './parse-type-list';
import { UsageError } from './usage-error';

/** ExtractorOptions from the command line; only options actually given appear (the library keeps its defaults). */
export async function readExtractorOptions(args: ParsedArgs): Promise<ExtractorOptions> {
  const options: { -readonly [K in keyof ExtractorOptions]: ExtractorOptions[K] } = {};
  const types = args.value('types');
  if (types !== undefined) options.types = parseTypeList(types);
  const normalize = readNormalizeOptions(args);
  if (normalize !== undefined) options.normalize = normalize;
  if (args.flag('nested')) options.nested = true;
  if (args.flag('fuzzy')) options.fuzzy = true;
  const entries: LexiconEntryInput[] = [];
  for (const file of args.values('lexicon')) entries.push(...(await loadLexiconFile(file)));
  if (entries.length > 0) options.entries = entries;
  if (args.flag('no-bundled')) options.bundledLexicon = false;
  if (args.flag('no-model')) options.model = false;
  const conventions = args.value('conventions');
  if (conventions !== undefined) {
    if (!(ANNOTATION_CONVENTIONS as readonly string[]).includes(conventions)) throw new UsageError(`--conventions: unknown conventions '${conventions}' (expected ${ANNOTATION_CONVENTIONS.join(', ')})`);
    options.conventions = conventions as AnnotationConventions;
  }
  return options;
}
