// Cold start of a peer, for comparison with alam's `node -e "require('./dist').extract(…)"`:
// load the entity forms, build the peer, extract one sentence, print it.
// Usage: node build/bench/peer-cold-start.js <wink|nlpjs> <forms.json>
import { readFileSync } from 'node:fs';
import type { EntityForm } from './lib/bench-types';
import { createSystem, isSystemName } from './lib/create-system';

async function main(): Promise<void> {
  const [name = '', formsFile = ''] = process.argv.slice(2);
  if (!isSystemName(name)) throw new Error(`unknown bench system ${JSON.stringify(name)}`);
  const forms = (JSON.parse(readFileSync(formsFile, 'utf8')) as { forms: EntityForm[] }).forms;
  const system = createSystem(name, {});
  system.load(forms);
  const text = 'زار بوتين موسكو';
  const result = system.isAsync ? await system.extract(text) : (system.extract(text) as readonly unknown[]);
  process.stdout.write(`${JSON.stringify(system.toSpans(result))}\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof Error && err.stack ? err.stack : String(err)}\n`);
  process.exit(1);
});
