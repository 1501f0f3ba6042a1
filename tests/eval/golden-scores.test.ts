import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src';
import { evaluateConll, readConll, selectSplit } from '../../src/eval';
import { describeWithShared, SHARED_DIR } from '../support/shared-data';

/**
 * Floors for `npm run eval`: micro F1 on the held-out sets, as last measured (README) rounded down.
 * A change that loses accuracy fails here; a commit that gains it raises the floor.
 */
const FLOORS = [
  { corpus: 'ANERcorp DEV20', file: 'corpora/anercorp/train.conll', split: 'dev20', f1: 75.7, PER: 75.7, LOC: 83.9, ORG: 64.5 },
  { corpus: 'AQMAR dev', file: 'corpora/aqmar/dev.conll', split: 'all', f1: 59.6, PER: 58.8, LOC: 60.4, ORG: 58.8 },
] as const;

for (const floor of FLOORS) {
  describeWithShared(`golden scores: ${floor.corpus}`, [floor.file], () => {
    const file = join(SHARED_DIR, floor.file);
    const report = evaluateConll(selectSplit(readConll(readFileSync(file, 'utf8'), file), floor.split), extract);

    test(`micro F1 ≥ ${floor.f1}`, () => {
      expect(report.micro.f1).toBeGreaterThanOrEqual(floor.f1);
    });

    test.each(['PER', 'LOC', 'ORG'] as const)('%s F1 at or above its floor', (type) => {
      expect(report.byType[type].f1).toBeGreaterThanOrEqual(floor[type]);
    });
  });
}
