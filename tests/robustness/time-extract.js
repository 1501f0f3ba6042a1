'use strict';
/**
 * Times extract() of the BUILT package in a plain Node process, so that the time bounds measure what
 * users run and not the test runner's module sandbox (several times slower). Reads a job on stdin:
 * `{ "runs": [[{ "unit": "روسيا ", "length": 1048576 }, …], …] }`; each run is a list of inputs timed
 * one after the other on a fresh extractor (the first input of a run can warm it up). Each input is
 * `unit` repeated and cut to `length` code units. Prints `[[{ "ms", "entities", "length" }, …], …]`.
 */
const { join } = require('node:path');

const { createExtractor } = require(join(__dirname, '..', '..', 'dist'));
const job = JSON.parse(require('node:fs').readFileSync(0, 'utf8'));

const fill = (unit, length) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);

// Load the bundled lexicon before any timing.
createExtractor().extract('زار بوتين روسيا');

const results = job.runs.map((inputs) => {
  const extractor = createExtractor();
  return inputs.map(({ unit, length }) => {
    let text = fill(unit, length);
    const started = process.hrtime.bigint();
    const entities = extractor.extract(text).length;
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    text = '';
    return { ms, entities, length };
  });
});
process.stdout.write(JSON.stringify(results));
