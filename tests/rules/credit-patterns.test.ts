import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { renderCompiledPatterns } from '../../scripts/compile-patterns';

describe('the compiled credit patterns', () => {
  test('src/rules/helpers/compiled-credit-patterns.ts is what XRegExp makes of credit-patterns.ts (run `npm run compile:patterns`)', () => {
    const committed = readFileSync(join(__dirname, '..', '..', 'src', 'rules', 'helpers', 'compiled-credit-patterns.ts'), 'utf8');
    expect(committed).toBe(renderCompiledPatterns());
  });
});
