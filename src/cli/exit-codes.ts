/**
 * alam's exit codes. 1 means "some output is missing": a file could not be read or a JSONL record
 * failed; everything else was still processed and written.
 */
export const EXIT_OK = 0;
export const EXIT_PARTIAL_FAILURE = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;
