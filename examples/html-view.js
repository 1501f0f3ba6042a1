// Write a standalone right-to-left HTML page with the entities of examples/article.txt highlighted.
// Run (after `npm run build`): node examples/html-view.js [OUT.html]
// Default output: alam-article.html in the system temporary directory. Open it in any browser; it needs
// no JavaScript. The same page comes from the command line: alam extract --format html examples/article.txt
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { extract, formatDocuments } = require('alam');

const text = fs.readFileSync(path.join(__dirname, 'article.txt'), 'utf8');
const html = formatDocuments('html', [{ name: 'article.txt', text, entities: extract(text) }], { title: 'كيانات المقال' });
const out = process.argv[2] ?? path.join(os.tmpdir(), 'alam-article.html');
fs.writeFileSync(out, html);
console.log(`wrote ${out} (${Buffer.byteLength(html)} bytes)`);
