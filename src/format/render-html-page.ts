import { ENTITY_TYPES, type EntityType } from '../types';
import { escapeHtml } from './escape-html';
import { HTML_TEXT_COLOR, HTML_TYPE_STYLES } from './html-type-styles';
import { TYPE_LABELS_AR } from './type-labels';

/**
 * The page is written as it goes: the head, the title and the key of the types asked for first
 * (renderPageStart), then one article per document, then the counts per type, which are known only
 * at the end (renderPageEnd). Buffering every article for counts at the top held a 50 MB input's
 * whole page in memory.
 */
export function renderPageStart(title: string, types: readonly EntityType[]): string {
  return `<!DOCTYPE html>
<html lang="ar" dir="rtl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="alam">
<title>${escapeHtml(title)}</title>
<style>
${renderStyles()}
</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
</header>
<main>
<section class="legend" aria-labelledby="legend-heading">
<h2 id="legend-heading">مفتاح الأنواع</h2>
<ul class="key">
${types.map((type) => `<li><span class="swatch" data-type="${type}">${escapeHtml(TYPE_LABELS_AR[type])}</span> <span lang="en" dir="ltr">${type}</span></li>`).join('\n')}
</ul>
<p class="hint">مرّر المؤشر فوق أي كيان مظلّل لرؤية نوعه واسمه المعتمد ومعرّفه ومصدره، أو افتح قائمة الكيانات تحت كل نص. عدد الكيانات حسب النوع في آخر الصفحة.</p>
</section>
`;
}

/** The counts per type (the types asked for, and any other type met), and the end of the page. */
export function renderPageEnd(types: readonly EntityType[], counts: ReadonlyMap<EntityType, number>): string {
  const listed = ENTITY_TYPES.filter((type) => types.includes(type) || (counts.get(type) ?? 0) > 0);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  return `<section class="counts" aria-labelledby="counts-heading">
<h2 id="counts-heading">عدد الكيانات حسب النوع</h2>
<table class="counts">
<thead><tr><th scope="col">النوع</th><th scope="col" lang="en">Type</th><th scope="col">العدد</th></tr></thead>
<tbody>
${listed.map((type) => renderLegendRow(type, counts.get(type) ?? 0)).join('\n')}
</tbody>
<tfoot><tr><th scope="row" colspan="2">المجموع</th><td data-count="total">${total}</td></tr></tfoot>
</table>
</section>
</main>
<footer><p>أُنشئت هذه الصفحة بواسطة <span lang="en" dir="ltr">alam</span>.</p></footer>
</body>
</html>
`;
}

function renderLegendRow(type: EntityType, count: number): string {
  return `<tr data-type="${type}"><th scope="row"><span class="swatch" data-type="${type}">${escapeHtml(TYPE_LABELS_AR[type])}</span></th><td lang="en" dir="ltr">${type}</td><td data-count="${type}">${count}</td></tr>`;
}

function renderStyles(): string {
  const perType = ENTITY_TYPES.map((type) => {
    const style = HTML_TYPE_STYLES[type];
    return `[data-type="${type}"].swatch, mark[data-type="${type}"] { background: ${style.background}; border-bottom: ${style.underline}; }`;
  }).join('\n');
  return `:root { color-scheme: light; }
body { margin: 0 auto; max-width: 52rem; padding: 1rem 1.5rem 3rem; background: #ffffff; color: ${HTML_TEXT_COLOR};
  font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "Amiri", "Geeza Pro", "Segoe UI", Tahoma, sans-serif; font-size: 1.125rem; line-height: 2; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
table { border-collapse: collapse; margin: .5rem 0; }
ul.key { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
th, td { border: 1px solid #8c8c8c; padding: .15rem .6rem; text-align: start; }
.hint { font-size: .95rem; color: #3d3d3d; }
.text p { white-space: pre-wrap; margin: 0 0 1rem; }
mark, .swatch { color: ${HTML_TEXT_COLOR}; padding: 0 .15em; border-radius: .2em; }
mark::after { content: "\\2009" attr(data-label); font-size: .7em; font-weight: bold; color: #2b2b2b; }
mark:focus-visible { outline: 3px solid #000000; outline-offset: 2px; }
details { margin: .5rem 0 1.5rem; }
summary { cursor: pointer; }
${perType}`;
}
