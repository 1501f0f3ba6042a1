// What bench/profile.ts runs under `node --cpu-prof`: alam's hot path, warmed up, for a while.
// Usage: node build/bench/profile-target.js <big|docs> <file> <seconds>
import { readFileSync } from 'node:fs';
import type { Extractor } from '#alam/types';
import { nowMs } from './lib/now-ms';
import { readDocs } from './lib/read-docs';
import { resolveBenchPaths } from './lib/resolve-bench-paths';

const [mode, file = '', seconds = '15'] = process.argv.slice(2);
const alam = require(resolveBenchPaths().dist) as { createExtractor(): Extractor };
const extractor = alam.createExtractor();
const inputs = mode === 'docs' ? readDocs(file) : [readFileSync(file, 'utf8')];
for (const text of inputs.slice(0, 50)) extractor.extract(text);
const until = nowMs() + Number(seconds) * 1000;
let calls = 0;
let chars = 0;
while (nowMs() < until) {
  const text = inputs[calls % inputs.length] as string;
  extractor.extract(text);
  chars += text.length;
  calls += 1;
}
process.stdout.write(`${calls} calls, ${(chars / 1e6).toFixed(1)} M chars\n`);
