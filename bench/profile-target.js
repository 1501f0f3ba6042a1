'use strict';
// What bench/profile.js runs under `node --cpu-prof`: alam's hot path, warmed up, for a while.
// Usage: node bench/profile-target.js <big|docs> <file> <seconds>
const fs = require('fs');
const { resolveBenchPaths } = require('./lib/resolve-bench-paths');
const { readDocs } = require('./lib/read-docs');
const { nowMs } = require('./lib/now-ms');

const [mode, file, seconds] = process.argv.slice(2);
const alam = require(resolveBenchPaths().dist);
const extractor = alam.createExtractor();
const inputs = mode === 'docs' ? readDocs(file) : [fs.readFileSync(file, 'utf8')];
for (const text of inputs.slice(0, 50)) extractor.extract(text);
const until = nowMs() + Number(seconds) * 1000;
let calls = 0;
let chars = 0;
while (nowMs() < until) {
  const text = inputs[calls % inputs.length];
  extractor.extract(text);
  chars += text.length;
  calls += 1;
}
process.stdout.write(`${calls} calls, ${(chars / 1e6).toFixed(1)} M chars\n`);
