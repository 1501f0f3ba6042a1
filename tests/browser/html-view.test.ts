import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { ENTITY_TYPES, extract, formatDocuments, type Entity, type ExtractedDocument } from '../../src/index';
import { annotated } from '../format/annotated';

const CHROMIUM = '/usr/bin/chromium';
const OUT = join(__dirname, '..', 'out');

// Policy: a missing browser fails this suite with the reason, unless ALAM_SKIP_BROWSER=1 says to skip it.
const skip = process.env['ALAM_SKIP_BROWSER'] === '1';
const describeBrowser = skip ? describe.skip : describe;

interface RenderedMark {
  text: string;
  type: string | undefined;
  start: number;
  end: number;
  title: string;
  color: string;
  background: string;
}

function flatten(entities: readonly Entity[]): Entity[] {
  return entities.flatMap((e) => [e, ...flatten(e.nested ?? [])]).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** WCAG relative luminance contrast of two computed `rgb(r, g, b)` colours. */
function contrast(a: string, b: string): number {
  const luminance = (rgb: string): number => {
    const [r, g, bl] = (rgb.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const c = Number(v) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describeBrowser('html view in headless Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} not found: install it (apt-get install -y chromium) or set ALAM_SKIP_BROWSER=1 to skip this suite`);
    }
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('every entity is a highlighted <mark> with its text, type and tooltip; legend counts match; AA contrast', async () => {
    const article = readFileSync(join(__dirname, '..', '..', 'examples', 'article.txt'), 'utf8');
    const documents: ExtractedDocument[] = [
      { name: 'article.txt', text: article, entities: extract(article) },
      { name: '<script>window.pwned = 1</script>', ...annotated('زار [جامعة [القاهرة](PLACE)](ORGANIZATION) و<script>window.pwned = 1</script> [«روسيا»](COUNTRY|country:RU)') },
    ];
    const expected = documents.map((d) => flatten(d.entities));
    expect(expected[0]?.length).toBeGreaterThan(0);

    mkdirSync(OUT, { recursive: true });
    const file = join(OUT, 'html-view.html');
    writeFileSync(file, formatDocuments('html', documents));
    const page = await browser.newPage({ viewport: { width: 1000, height: 1400 } });
    await page.goto(pathToFileURL(file).href);

    expect(await page.evaluate(() => [document.documentElement.dir, document.documentElement.lang])).toEqual(['rtl', 'ar']);
    expect(await page.evaluate(() => [document.querySelectorAll('script').length, (window as unknown as { pwned?: number }).pwned])).toEqual([0, undefined]);

    const rendered = await page.evaluate(() =>
      [...document.querySelectorAll('article.document')].map((article) =>
        [...article.querySelectorAll('.text mark')].map((mark) => {
          const style = getComputedStyle(mark);
          const m = mark as HTMLElement;
          return {
            text: m.textContent ?? '',
            type: m.dataset['type'],
            start: Number(m.dataset['start']),
            end: Number(m.dataset['end']),
            title: m.title,
            color: style.color,
            background: style.backgroundColor,
          };
        }),
      ),
    );
    expect(rendered).toHaveLength(documents.length);
    rendered.forEach((marks: RenderedMark[], d: number) => {
      const want = expected[d] as Entity[];
      expect(marks.map((m) => [m.text, m.type, m.start, m.end])).toEqual(want.map((e) => [e.text, e.type, e.start, e.end]));
      marks.forEach((mark, i) => {
        const entity = want[i] as Entity;
        expect(mark.title).toContain(`(${entity.type})`);
        if (entity.id !== undefined) expect(mark.title).toContain(entity.id);
        expect(mark.title).toContain(entity.source.id);
        expect(contrast(mark.color, mark.background)).toBeGreaterThanOrEqual(4.5);
      });
    });

    const counts = await page.evaluate(() =>
      Object.fromEntries([...document.querySelectorAll('td[data-count]')].map((td) => [(td as HTMLElement).dataset['count'], Number(td.textContent)])),
    );
    const all = expected.flat();
    for (const type of ENTITY_TYPES) expect(counts[type]).toBe(all.filter((e) => e.type === type).length);
    expect(counts['total']).toBe(all.length);

    await page.screenshot({ path: join(OUT, 'html-view.png'), fullPage: true });
    expect(existsSync(join(OUT, 'html-view.png'))).toBe(true);
    await page.close();
  });
});

