import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createExtractor } from '../../src/extractor';
import { readConll } from '../../src/eval/read-conll';
import { layoutBlocks } from '../../src/eval/layout-blocks';
import { describeWithShared, SHARED_DIR } from '../support/shared-data';

// `model: false` is the lexicon and the rules alone, exactly as before the tagger: golden/lexicon-and-rules.txt
// is what main at 5a95387 (issue 14 merged; the tagger not yet) returns for the seed article and the first
// 600 TRAIN80 sentences, ten to a call, one line per call: start:end:type:kind:id:entry id:score. Since
// then the 'general' conventions (the default) take a ministry named by its domain, «[وزارة الصناعة]»
// (6 lines, issue 14 §5, branch orgs2).
const ROOT = join(__dirname, '..', '..');
const FILE = 'corpora/anercorp/train.conll';

describeWithShared('model: false gives the lexicon-and-rules output', [FILE], () => {
  test('the same entities, offsets, provenance and scores as before the tagger', () => {
    const file = join(SHARED_DIR, FILE);
    const sentences = readConll(readFileSync(file, 'utf8'), file).slice(0, 600);
    const texts = [readFileSync(join(ROOT, 'examples', 'article.txt'), 'utf8'), ...layoutBlocks(sentences, 10).map((block) => block.text)];
    const extractor = createExtractor({ model: false });
    const lines = texts.map((text) =>
      extractor
        .extract(text)
        .map((e) => `${e.start}:${e.end}:${e.type}:${e.source.kind}:${e.source.id}:${e.id ?? ''}:${e.score}`)
        .join(' '),
    );
    const golden = readFileSync(join(__dirname, 'golden', 'lexicon-and-rules.txt'), 'utf8').split('\n').slice(0, -1);
    expect(lines).toHaveLength(golden.length);
    lines.forEach((line, i) => expect(`${i}: ${line}`).toBe(`${i}: ${golden[i]}`));
  });
});
