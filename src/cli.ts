#!/usr/bin/env node
import { runCli } from './cli/run-cli';

// The bin entry: hand argv and the process streams to runCli and exit with its code. Writes to stdout
// are flushed before exit because the event loop is left to drain rather than process.exit() called.
runCli(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`alam: internal error: ${String(error)}\n`);
    process.exitCode = 3;
  },
);
