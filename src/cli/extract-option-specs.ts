import { NORMALIZE_OPTION_SPECS } from './normalize-switches';
import type { OptionSpec } from './parse-args';

/** Options that choose what the extractor finds (shared by text and JSONL modes). */
export const EXTRACTOR_OPTION_SPECS: readonly OptionSpec[] = [
  { name: 'types', short: 't', kind: 'value', valueName: 'LIST', description: 'entity types to return, comma-separated: PERSON,COUNTRY,ORGANIZATION,PLACE,NATIONALITY (default: all but NATIONALITY)' },
  { name: 'nested', kind: 'flag', description: 'also return entities nested inside longer ones (the PLACE in «جامعة القاهرة»)' },
  { name: 'fuzzy', kind: 'flag', description: 'also match spelling variants of long names (lower scores; needs the optional package natural: npm install natural)' },
  { name: 'lexicon', kind: 'repeat', valueName: 'FILE', description: 'add entries from FILE: JSON array or JSONL of {"type","name","variants"?,"id"?,"subtype"?} (repeatable)' },
  { name: 'no-bundled', kind: 'flag', description: 'do not use the bundled lexicon (only --lexicon entries; the context rules still run)' },
  { name: 'no-model', kind: 'flag', description: 'without the learned tagger: the lexicon and the context rules alone' },
  { name: 'conventions', kind: 'value', valueName: 'NAME', description: "whose annotation conventions: general (default; «وزارة الصحة» is an organization, as ACE and OntoNotes have it) or anercorp (ministries left untagged, as ANERcorp does)" },
];

export const EXTRACT_OPTION_SPECS: readonly OptionSpec[] = [
  { name: 'format', short: 'f', kind: 'value', valueName: 'FORMAT', description: 'json, jsonl, tsv, conll, html or pretty (default: pretty on a terminal, json otherwise)' },
  { name: 'jsonl', kind: 'flag', description: 'JSONL records mode: {"id","text"} lines in, {"id","entities"} lines out (= --format jsonl)' },
  ...EXTRACTOR_OPTION_SPECS,
  { name: 'explain', kind: 'flag', description: 'add provenance: the lexicon entry, rule or model behind each entity (for the model, the features that weighed most)' },
  { name: 'text-field', kind: 'value', valueName: 'NAME', description: 'JSONL: field holding the text (default: text)' },
  { name: 'id-field', kind: 'value', valueName: 'NAME', description: 'JSONL: field holding the record id (default: id; null when absent)' },
  { name: 'workers', short: 'w', kind: 'value', valueName: 'N', description: 'JSONL: extract with N worker threads while this one reads and writes, or "auto" for one per CPU (default: 1, in this thread)' },
  { name: 'strict', kind: 'flag', description: 'JSONL: exit 1 when any record was bad (its error record is still written); by default bad records do not fail the run' },
  { name: 'batch-bytes', kind: 'value', valueName: 'N', description: 'JSONL: input bytes per batch (default: 32768 in-process, 65536 with workers)' },
  { name: 'chunk-size', kind: 'value', valueName: 'N', description: 'text files: read and extract at most N characters at a time, cut at a paragraph or line break (default: 131072); names are linked within a chunk' },
  { name: 'shape', kind: 'flag', description: 'pretty: reshape Arabic and print lines in visual order, for terminals without Arabic support' },
  { name: 'color', kind: 'flag', description: 'pretty: colour entities even when stdout is not a terminal' },
  { name: 'no-color', kind: 'flag', description: 'pretty: no colours (also: NO_COLOR set in the environment)' },
  { name: 'no-header', kind: 'flag', description: 'tsv: no header row' },
  { name: 'title', kind: 'value', valueName: 'TEXT', description: 'html: page title' },
  { name: 'no-progress', kind: 'flag', description: 'no progress bar (it is only ever drawn when stderr is a terminal)' },
  ...NORMALIZE_OPTION_SPECS,
  { name: 'help', short: 'h', kind: 'flag', description: 'show this help' },
];
