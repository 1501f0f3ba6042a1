import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor } from '../../src';
import { evaluateConll, readConll, selectSplit } from '../../src/eval';
import { GOLD_CORPORA } from '../../scripts/lib/gold-corpora';
import { describeWithShared, SHARED_DIR } from '../support/shared-data';

/**
 * Floors for `npm run eval`: F1 on the held-out sets, as last measured (README) rounded down, with the
 * learned tagger (the default) and without it (`model: false`, the lexicon and the rules alone).
 * A change that loses accuracy fails here; a commit that gains it raises the floor. Each corpus is
 * scored under its own annotation conventions (GOLD_CORPORA), as `npm run eval` scores it: ANERcorp
 * under 'anercorp' (its ministries untagged), AQMAR dev under 'general'.
 */
const FLOORS = [
  { model: true, name: 'ANERcorp DEV20', corpus: 'anercorp', split: 'dev20', f1: 79.0, PER: 81.8, LOC: 86.2, ORG: 65.3 },
  { model: true, name: 'AQMAR dev', corpus: 'aqmar', split: 'all', f1: 62.4, PER: 65.2, LOC: 61.8, ORG: 58.2 },
  { model: false, name: 'ANERcorp DEV20', corpus: 'anercorp', split: 'dev20', f1: 76.3, PER: 75.9, LOC: 84.2, ORG: 65.8 },
  { model: false, name: 'AQMAR dev', corpus: 'aqmar', split: 'all', f1: 59.9, PER: 59.6, LOC: 60.4, ORG: 59.0 },
] as const;

for (const floor of FLOORS) {
  const { file: path, conventions } = GOLD_CORPORA[floor.corpus];
  describeWithShared(`golden scores: ${floor.name} (conventions: ${conventions})${floor.model ? '' : ', model: false'}`, [path], () => {
    const file = join(SHARED_DIR, path);
    const { extract } = createExtractor({ model: floor.model, conventions });
    const report = evaluateConll(selectSplit(readConll(readFileSync(file, 'utf8'), file), floor.split), extract);

    test(`micro F1 ≥ ${floor.f1}`, () => {
      expect(report.micro.f1).toBeGreaterThanOrEqual(floor.f1);
    });

    test.each(['PER', 'LOC', 'ORG'] as const)('%s F1 at or above its floor', (type) => {
      expect(report.byType[type].f1).toBeGreaterThanOrEqual(floor[type]);
    });
  });
}
