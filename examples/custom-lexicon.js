// Add your own names to the lexicon (they are preferred over the bundled entries), or use only yours.
// Run (after `npm run build`): node examples/custom-lexicon.js
const { createExtractor } = require('alam');

const entries = [
  { type: 'ORGANIZATION', name: 'شركة النور للبرمجيات', variants: ['النور للبرمجيات'], id: 'org:alnoor' },
  { type: 'PERSON', name: 'سلمى الخطيب', id: 'person:salma' },
];

const text = 'اعلنت شركة النور للبرمجيات ان سلمى الخطيب ستدير فرعها في عمان، وقال متحدث باسم النور للبرمجيات ان القرار نهائي.';

// With the bundled lexicon as well: your entries plus everything alam already knows.
const withBundled = createExtractor({ entries });
// Only your entries (a small, fully predictable lexicon, e.g. for tests).
const onlyMine = createExtractor({ entries, bundledLexicon: false });

for (const [label, extractor] of [['bundled + custom', withBundled], ['custom only', onlyMine]]) {
  console.log(`${label}:`);
  for (const e of extractor.extract(text)) console.log(`  ${e.type.padEnd(12)} ${e.text}${e.id ? `  (${e.id})` : ''}`);
}
