import * as cueClasses from '../../src/rules/helpers/cue-classes';
import { RULES } from '../../src/rules';
import type { CueClass } from '../../src/lexicon/create-lexicon-index';

const { CUE_CLASS_NAMES } = cueClasses;
const isCueClass = (value: unknown): value is CueClass =>
  typeof value === 'object' && value !== null && 'name' in value && 'bit' in value && 'phrases' in value;
const defined = Object.values(cueClasses).filter(isCueClass);

describe('cue classes', () => {
  test('each name of CUE_CLASS_NAMES is defined once, and every class defined is named there', () => {
    expect(new Set(CUE_CLASS_NAMES).size).toBe(CUE_CLASS_NAMES.length);
    expect(defined.map((cue) => cue.name).sort()).toEqual([...CUE_CLASS_NAMES].sort());
  });

  test('every cue class has a bit of its own, its position in CUE_CLASS_NAMES, within the 31 bits of an Int32Array cell', () => {
    const bits = defined.map((cue) => cue.bit);
    expect(new Set(bits).size).toBe(bits.length);
    for (const cue of defined) {
      expect(cue.bit).toBe(1 << CUE_CLASS_NAMES.indexOf(cue.name as (typeof CUE_CLASS_NAMES)[number]));
      expect(cue.bit > 0 && cue.bit <= 2 ** 30 && (cue.bit & (cue.bit - 1)) === 0).toBe(true);
    }
  });

  test('the rules register only the classes defined here', () => {
    const used = new Set(RULES.flatMap((rule) => rule.cues ?? []));
    for (const cue of used) expect(defined).toContain(cue);
  });
});
