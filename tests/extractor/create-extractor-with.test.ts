import { createExtractor, createExtractorWith } from '../../src/extractor';
import { compileLexicon } from '../../src/lexicon/compile-lexicon';
import { encodeArtifact } from '../../src/lexicon/artifact-file';
import { LexiconError } from '../../src/lexicon/lexicon-error';
import { parseAnnotated, renderAnnotated } from '../support/annotated-text';

const HEADER = 'id\ttype\tsubtype\tname\tvariants\tattrs\tsource';
// A lexicon of one invented village, as the jackknife training builds lexicons in memory.
const artifact = compileLexicon([{ path: 'lexicons/test.tsv', text: `${HEADER}\nplace:zawido\tPLACE\tvillage\tزاويدو\t\tcountry=RU\ttest\n` }]);
const bytes = encodeArtifact(artifact);

describe('createExtractorWith (internal): an extractor over a given compiled lexicon', () => {
  test.each([
    ['the encoded bytes', new Uint8Array(bytes)],
    ['the decoded artifact', artifact],
  ] as const)('reads its entries, not the bundled ones, from %s; the rules still run', (_, given) => {
    // model: false: the learned tagger knows «موسكو» from its own features, whatever the lexicon.
    const extractor = createExtractorWith({ model: false }, { artifact: given });
    for (const expected of ['وصل الى [زاويدو](PLACE) امس', 'وصل الى موسكو امس', 'قال الرئيس [كوجاييف](PERSON) ان']) {
      const { text } = parseAnnotated(expected);
      expect(renderAnnotated(text, extractor.extract(text))).toBe(expected);
    }
    expect(extractor.extract('وصل الى زاويدو امس')[0]).toMatchObject({ id: 'place:zawido', source: { kind: 'lexicon', id: 'place:zawido' } });
  });

  test("adds the caller's entries to the given lexicon, and leaves the bundled extractors alone", () => {
    const extractor = createExtractorWith({ entries: [{ type: 'PERSON', name: 'كوجاييف' }] }, { artifact: bytes });
    expect(extractor.extract('زار كوجاييف زاويدو').map((e) => `${e.text}:${e.type}`)).toEqual(['كوجاييف:PERSON', 'زاويدو:PLACE']);
    expect(createExtractor().extract('وصل الى موسكو امس').map((e) => e.text)).toEqual(['موسكو']);
  });

  test('bad bytes are a LexiconError at creation; bundledLexicon: false is a TypeError', () => {
    expect(() => createExtractorWith({}, { artifact: new Uint8Array([1, 2, 3]) })).toThrow(LexiconError);
    expect(() => createExtractorWith({ bundledLexicon: false }, { artifact: bytes })).toThrow(TypeError);
  });
});
