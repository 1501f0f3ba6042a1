import { layoutBlocks } from '../../src/eval/layout-blocks';
import { projectEntities } from '../../src/eval/project-entities';
import type { ProjectionStats } from '../../src/eval';
import { fakeExtractor, parseAnnotated, plainSentences, renderTags } from './helpers';

/** Projects the annotated prediction onto the tokens of its own plain text (one sentence per line). */
function project(prediction: string): { tokens: string; stats: ProjectionStats } {
  const sentences = plainSentences(parseAnnotated(prediction).plain.split('\n'));
  const [block] = layoutBlocks(sentences, sentences.length);
  if (block === undefined) throw new Error('no block');
  const { extract } = fakeExtractor([prediction]);
  const { tags, stats } = projectEntities(block, extract(block.text), 0);
  const rendered = sentences.map((s, i) => renderTags(s.tokens.map((t) => t.text), tags[i] ?? []));
  return { tokens: rendered.join('\n'), stats };
}

const NO_NOTES = { unscoredType: 0, crossSentence: 0, tokenConflicts: 0 };

describe('projectEntities', () => {
  it.each([
    ['a multi-token span', 'اكد [علي شمخاني](PERSON) في موسكو', 'اكد [علي شمخاني](PER) في موسكو'],
    ['a proclitic outside the span tags the whole token', 'زار و[روسيا](COUNTRY) امس', 'زار [وروسيا](LOC) امس'],
    ['بال + name', 'اجتمع ب[الامم المتحدة](ORGANIZATION)', 'اجتمع [بالامم المتحدة](ORG)'],
    ['PLACE maps to LOC', 'في [موسكو](PLACE)', 'في [موسكو](LOC)'],
    ['a span ending inside a token', 'جورج [بوش الا](PERSON)بن', 'جورج [بوش الابن](PER)'],
    ['adjacent entities stay two chunks', '[مصر](COUNTRY) [سوريا](COUNTRY)', '[مصر](LOC) [سوريا](LOC)'],
    ['adjacent entities of different types', '[بوتين](PERSON) [موسكو](PLACE)', '[بوتين](PER) [موسكو](LOC)'],
  ])('%s', (_name, prediction, expected) => {
    expect(project(prediction)).toEqual({ tokens: expected, stats: NO_NOTES });
  });

  it('ignores NATIONALITY and counts it', () => {
    expect(project('الرئيس ال[مصري](NATIONALITY) في [القاهرة](PLACE)')).toEqual({
      tokens: 'الرئيس المصري في [القاهرة](LOC)',
      stats: { ...NO_NOTES, unscoredType: 1 },
    });
  });

  it('gives a token shared by two entities to the first and counts the conflict', () => {
    expect(project('حدود [مصر](COUNTRY)-[ليبيا](COUNTRY) مغلقة')).toEqual({
      tokens: 'حدود [مصر-ليبيا](LOC) مغلقة',
      stats: { ...NO_NOTES, tokenConflicts: 1 },
    });
  });

  it('keeps the untagged tail of an entity that overlaps an earlier one, starting it with B-', () => {
    expect(project('[نيويورك](PLACE)-[تايمز الامريكية](ORGANIZATION)')).toEqual({
      tokens: '[نيويورك-تايمز](LOC) [الامريكية](ORG)',
      stats: { ...NO_NOTES, tokenConflicts: 1 },
    });
  });

  it('splits a span crossing a sentence boundary into one chunk per sentence, as conlleval would', () => {
    expect(project('قال [جورج\nبوش](PERSON) ان')).toEqual({
      tokens: 'قال [جورج](PER)\n[بوش](PER) ان',
      stats: { ...NO_NOTES, crossSentence: 1 },
    });
  });

  it.each([
    [{ type: 'PERSON', start: 4, end: 2, text: '' }, 'expected 0 <= start < end <= 10'],
    [{ type: 'PERSON', start: 4, end: 4, text: '' }, 'expected 0 <= start < end <= 10'],
    [{ type: 'PERSON', start: 0, end: 11, text: 'زار موسكو' }, 'expected 0 <= start < end <= 10'],
    [{ type: 'PERSON', start: 0.5, end: 3, text: 'زار' }, 'offsets must be integers'],
    [{ type: 'PLACE', start: 4, end: 10, text: 'موسكو' }, 'text differs from the slice «موسكو.»'],
    [{ type: 'PLACE', start: 3, end: 4, text: ' ' }, 'the span covers no token (only spaces or line breaks)'],
  ] as const)('rejects the invalid span %o', (entity, reason) => {
    const [block] = layoutBlocks(plainSentences(['زار موسكو.']), 10);
    if (block === undefined) throw new Error('no block');
    expect(() => projectEntities(block, [entity], 3)).toThrow(
      `extractor returned an invalid span in block 3 (sentences 0–0): ${entity.type} [${entity.start}, ${entity.end}) «${entity.text}»: ${reason}`,
    );
  });

  it('rejects an unknown entity type', () => {
    const [block] = layoutBlocks(plainSentences(['زار موسكو']), 10);
    if (block === undefined) throw new Error('no block');
    const entity = { type: 'CITY' as never, start: 4, end: 9, text: 'موسكو' };
    expect(() => projectEntities(block, [entity], 0)).toThrow('unknown entity type «CITY»');
  });
});

describe('layoutBlocks', () => {
  it('joins tokens with spaces and sentences with line breaks, blockSize sentences per block', () => {
    const blocks = layoutBlocks(plainSentences(['اكد علي', 'في موسكو', 'امس']), 2);
    expect(blocks.map((b) => b.text)).toEqual(['اكد علي\nفي موسكو', 'امس']);
    const first = blocks[0];
    expect(first?.sentences[1]?.tokens.map(({ start, end }) => first.text.slice(start, end))).toEqual(['في', 'موسكو']);
  });

  it.each([0, -1, 2.5, Number.NaN])('rejects block size %p', (size) => {
    expect(() => layoutBlocks(plainSentences(['اكد']), size)).toThrow(`block size must be a positive integer, got ${size}`);
  });
});
