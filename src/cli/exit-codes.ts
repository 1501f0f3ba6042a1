/**
 * alam's exit codes, for pipelines (Spark's rdd.pipe and Hadoop Streaming fail a task on any code
 * but 0). A bad JSONL record is not a failure of the run: it is answered with an error record and
 * the run exits 0, unless --strict asks for 1. An input that cannot be read is 1; the output that
 * cannot be written (a full disk) is 4, so a script can tell the two apart.
 */
export const EXIT_OK = 0;
export const EXIT_PARTIAL_FAILURE = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;
export const EXIT_OUTPUT = 4;
