'use strict';
// Cold start of a peer, for comparison with alam's `node -e "require('./dist').extract(…)"`:
// load the entity forms, build the peer, extract one sentence, print it.
// Usage: node bench/peer-cold-start.js <wink|nlpjs> <forms.json>
const fs = require('fs');
const { createSystem } = require('./lib/create-system');

async function main() {
  const [name, formsFile] = process.argv.slice(2);
  const forms = JSON.parse(fs.readFileSync(formsFile, 'utf8')).forms;
  const system = createSystem(name, {});
  system.load(forms);
  const text = 'زار بوتين موسكو';
  const result = system.isAsync ? await system.extract(text) : system.extract(text);
  process.stdout.write(`${JSON.stringify(system.toSpans(result))}\n`);
}

main().catch((err) => {
  process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
  process.exit(1);
});
