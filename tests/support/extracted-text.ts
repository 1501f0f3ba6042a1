import { createExtractor } from '../../src/extractor';
import type { EntityType, Extractor } from '../../src/types';
import { parseAnnotated, renderAnnotated } from './annotated-text';

/**
 * One extractor of the lexicon and the rules alone (`model: false`), shared by the rule tests of a
 * file: a rule's test pins what the rule finds, which the learned tagger then reads as evidence
 * (the tagger's own tests are in tests/tag/).
 */
export const extractor: Extractor = createExtractor({ model: false });

/**
 * Extracts the text of an annotated string and expects the same annotations back:
 * `expectExtracted('قال الرئيس [زاويدوف](PERSON) ان')`. With `types`, only entities of those types are compared.
 */
export function expectExtracted(expected: string, types?: readonly EntityType[]): void {
  expectExtractedBy(extractor, expected, types);
}

/** expectExtracted with another extractor: `expectExtractedBy(createExtractor({ conventions: 'anercorp' }), …)`. */
export function expectExtractedBy(by: Extractor, expected: string, types?: readonly EntityType[]): void {
  const { text } = parseAnnotated(expected);
  const entities = by.extract(text).filter((e) => !types || types.includes(e.type));
  expect(renderAnnotated(text, entities)).toBe(expected);
}

/** The rule (or lexicon entry) that produced the entity whose text is `word`. */
export function sourceOf(text: string, word: string): string | undefined {
  return extractor.extract(text).find((e) => e.text === word)?.source.id;
}
