// Find the entities in a string.
// Run (after `npm run build`): node examples/extract-string.js
// Inside this repository `require('alam')` resolves to the package itself (package.json "exports"
// self-reference); in your project it resolves to the installed package.
const { extract } = require('alam');

const text = 'اكد امين المجلس الاعلى للامن القومي الايراني علي شمخاني ونظيره الروسي خلال لقائهما في موسكو.';

for (const entity of extract(text)) {
  // Offsets are UTF-16 code units into `text`, end exclusive: text.slice(start, end) === entity.text.
  console.log(`${entity.type.padEnd(12)} ${String(entity.start).padStart(3)}–${String(entity.end).padEnd(3)} ${entity.text}${entity.id ? `  (${entity.id})` : ''}`);
}
