import { EXTRACT_OPTION_SPECS } from './extract-option-specs';
import { formatOptionHelp } from './format-option-help';
import { NORMALIZE_COMMAND_SPECS, TOKENIZE_COMMAND_SPECS } from './text-command-specs';

export const EXIT_CODES_HELP = `Exit codes:
  0  success; bad JSONL records are answered with error records and do not fail the run
  1  an input could not be read (or, with --strict, a JSONL record was bad); the rest was processed
  2  usage error (unknown option, bad value, unreadable --lexicon file); nothing was processed
  3  internal error (a bug: please report it with the message)
  4  the output could not be written (disk full, I/O error); it is incomplete`;

export const MAIN_HELP = `Usage: alam <command> [options] [FILE...]

Named-entity extraction for Arabic text: people, countries, organizations and places
as typed spans with exact offsets (UTF-16 code units into the input, end exclusive).

Commands:
  extract    find entities in text files or stdin, or in JSONL records (--jsonl)
  normalize  print the folded (normalized) text, or its offset map (--map)
  tokenize   print the tokens, one per line (TSV)
  eval       score alam against a CoNLL file (alam eval --help)

  alam <command> --help   details of a command
  alam --version          the version

Examples:
  echo 'اكد علي شمخاني في موسكو' | alam extract
  alam extract --format html article.txt > article.html
  alam extract --jsonl --workers 2 < records.jsonl > entities.jsonl

${EXIT_CODES_HELP}
`;

export const EXTRACT_HELP = `Usage: alam extract [options] [FILE...|-]

Finds named entities in each FILE (stdin when no FILE is given, or for -), one document per file,
read in UTF-8 (or UTF-16 after its byte order mark). A file of any size is read, extracted and
written in chunks of at most --chunk-size characters cut at a paragraph or line break; offsets are
into the whole file. Invalid UTF-8 is decoded as U+FFFD with a warning naming the file and byte offset.

JSONL records mode (--jsonl, or --format jsonl): every input line is a JSON object
{"id": …, "text": "…"} and produces exactly one output line, in input order:
  {"id": …, "entities": [ … ]}                    for a good line
  {"id": … or null, "line": N, "error": "…"}      for a bad one (invalid JSON, not an object,
                                                  no string "text", blank line), plus a message on
                                                  stderr (the first 100 per input, then a count);
                                                  processing goes on and the exit code stays 0
                                                  (1 with --strict).
A closed stdout (| head) ends quietly with exit 0. It is a drop-in mapper for Spark rdd.pipe and
Hadoop Streaming: one line out for every line in, and exit 0 unless the process itself failed.

Formats (--format):
  json    an array of {"file", "entities"} objects, always an array (default when stdout is not a terminal)
  jsonl   JSONL records mode, see above
  tsv     one entity per row: file start end type text normalized canonical id score [source]
  conll   token<TAB>tag rows with BIO tags (B-PERSON, I-PLACE, O); a blank line ends each sentence
  html    a standalone right-to-left page with highlighted entities, a legend and counts
  pretty  the text with entities coloured by type, then one line per entity (default on a terminal)

Entity fields: type, start, end, text, normalized, canonical?, id?, subtype?, score, nested?
and, with --explain, source {kind, id, detail?}.

Options:
${formatOptionHelp(EXTRACT_OPTION_SPECS)}

${EXIT_CODES_HELP}
`;

export const NORMALIZE_HELP = `Usage: alam normalize [options] [FILE|-]

Prints the text folded the way alam matches it (harakat, tatweel and controls removed; alef forms,
alef maksura, ta marbuta, hamza carriers, Persian letters, digits and presentation forms unified).
With --map, prints {"file", "text", "starts", "ends"} as JSON: folded code unit i comes from
original code units [starts[i], ends[i]).

Options:
${formatOptionHelp(NORMALIZE_COMMAND_SPECS)}

${EXIT_CODES_HELP}
`;

export const TOKENIZE_HELP = `Usage: alam tokenize [options] [FILE|-]

Prints one token per line, tab-separated: kind, start, end, text, normalized, splits.
kind is word, latin, number, punct or symbol; start/end are UTF-16 offsets into the input;
splits lists the candidate proclitic splits of an Arabic word as prefix+stem@start, separated by |
(«والعراق» → و+العراق@1|وال+عراق@3).

Options:
${formatOptionHelp(TOKENIZE_COMMAND_SPECS)}

${EXIT_CODES_HELP}
`;
