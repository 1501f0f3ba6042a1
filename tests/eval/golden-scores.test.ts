import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor } from '../../src';
import { evaluateConll, readConll, selectSplit } from '../../src/eval';
import { describeWithShared, SHARED_DIR } from '../support/shared-data';

/**
 * Floors for `npm run eval`: F1 on the held-out sets, as last measured (README) rounded down, with the
 * learned tagger (the default) and without it (`model: false`, the lexicon and the rules alone).
 * A change that loses accuracy fails here; a commit that gains it raises the floor. Each corpus is
 * scored under its own annotation conventions, as `npm run eval` scores it: ANERcorp under 'anercorp'
 * (its ministries untagged), AQMAR dev under 'general'.
 */
const FLOORS = [
  { model: true, corpus: 'ANERcorp DEV20', file: 'corpora/anercorp/train.conll', split: 'dev20', conventions: 'anercorp', f1: 78.5, PER: 81.5, LOC: 86.0, ORG: 64.4 },
  { model: true, corpus: 'AQMAR dev', file: 'corpora/aqmar/dev.conll', split: 'all', conventions: 'general', f1: 62.3, PER: 64.8, LOC: 61.7, ORG: 58.2 },
  { model: false, corpus: 'ANERcorp DEV20', file: 'corpora/anercorp/train.conll', split: 'dev20', conventions: 'anercorp', f1: 75.7, PER: 75.7, LOC: 83.9, ORG: 64.7 },
  { model: false, corpus: 'AQMAR dev', file: 'corpora/aqmar/dev.conll', split: 'all', conventions: 'general', f1: 59.8, PER: 59.5, LOC: 60.4, ORG: 59.0 },
] as const;

for (const floor of FLOORS) {
  describeWithShared(`golden scores: ${floor.corpus} (conventions: ${floor.conventions})${floor.model ? '' : ', model: false'}`, [floor.file], () => {
    const file = join(SHARED_DIR, floor.file);
    const { extract } = createExtractor({ model: floor.model, conventions: floor.conventions });
    const report = evaluateConll(selectSplit(readConll(readFileSync(file, 'utf8'), file), floor.split), extract);

    test(`micro F1 ≥ ${floor.f1}`, () => {
      expect(report.micro.f1).toBeGreaterThanOrEqual(floor.f1);
    });

    test.each(['PER', 'LOC', 'ORG'] as const)('%s F1 at or above its floor', (type) => {
      expect(report.byType[type].f1).toBeGreaterThanOrEqual(floor[type]);
    });
  });
}
