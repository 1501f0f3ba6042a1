import { annotate } from './annotate';
import { createSystem } from '../../bench/lib/create-system';
import type { SystemName } from '../../bench/lib/bench-types';

// The peer adapters must give each peer a fair chance on Arabic and return offsets into the
// caller's text, or the side-by-side accuracy and speed figures mean nothing.

const FORMS = [
  { type: 'PERSON', form: 'فلاديمير بوتين' },
  { type: 'PLACE', form: 'موسكو' },
  { type: 'ORGANIZATION', form: 'الأمم المتحدة' },
  { type: 'COUNTRY', form: 'ألمانيا' },
];

async function run(name: SystemName, text: string): Promise<string> {
  const system = createSystem(name, {});
  system.load(FORMS);
  const result = system.isAsync ? await system.extract(text) : (system.extract(text) as readonly unknown[]);
  return annotate(text, system.toSpans(result));
}

describe.each(['wink', 'nlpjs', 'nlpjs-sentence'] as const)('peer adapter %s', (name) => {
  it.each([
    // Arabic comma glued to the name: only found because ، is configured as punctuation.
    ['زار [فلاديمير بوتين](PERSON) [موسكو](PLACE)، ثم عاد'],
    // «أ» before the match: nlp.js's NFD normalize would shift every later offset by one.
    ['قالت [الأمم المتحدة](ORGANIZATION) في [ألمانيا](COUNTRY) امس'],
    // A second line: per-line calls must shift offsets back into the document.
    ['وصل الى [موسكو](PLACE) .\nوغادر [ألمانيا](COUNTRY) .'],
    // No proclitic splitting: «وموسكو» is not a known form for a dictionary matcher.
    ['زار [ألمانيا](COUNTRY) وموسكو'],
  ])('%s', async (annotated) => {
    const text = annotated.replace(/\[([^\]]+)\]\([A-Z]+\)/g, '$1');
    expect(await run(name, text)).toBe(annotated);
  });
});

it('rejects an unknown system name, naming the known ones', () => {
  expect(() => createSystem('spacy' as SystemName, {})).toThrow(/unknown bench system "spacy"; expected one of alam, alam-no-model, wink, nlpjs, nlpjs-sentence/);
});
