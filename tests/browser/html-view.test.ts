import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { ENTITY_TYPES, extract, formatDocuments, type Entity, type ExtractedDocument } from '../../src/index';
import { annotated } from '../format/annotated';
import { createTempDir } from '../support/create-temp-dir';

const ROOT = join(__dirname, '..', '..');
const OUT = join(__dirname, '..', 'out');

// The browser is the Chromium that the devDependency @sparticuz/chromium ships (unpacked on first use
// into the temporary directory), so the suite needs no system package. ALAM_SKIP_BROWSER=1 skips it.
const skip = process.env['ALAM_SKIP_BROWSER'] === '1';
const describeBrowser = skip ? describe.skip : describe;

/** Unpacks the packaged Chromium (an ES module, so in a child process) and returns the binary's path. */
function unpackChromium(): string {
  const script = "import chromium from '@sparticuz/chromium'; process.stdout.write(await chromium.executablePath());";
  return execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }).trim();
}

/**
 * A fontconfig setup of the fonts that packages ship — Noto Naskh Arabic (the page's first choice)
 * and the Open Sans that @sparticuz/chromium unpacks — so Arabic renders the same on any machine,
 * with or without system fonts; written into `dir`, which holds the font cache too.
 */
function writeFontConfig(dir: string): string {
  const noto = dirname(require.resolve('@expo-google-fonts/noto-naskh-arabic/package.json'));
  const file = join(dir, 'fonts.conf');
  writeFileSync(
    file,
    `<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n<dir>${noto}</dir>\n<dir>${join(tmpdir(), 'fonts')}</dir>\n<cachedir>${join(dir, 'cache')}</cachedir>\n</fontconfig>\n`,
  );
  return file;
}

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

  // Declared first: jest runs afterAll hooks in order, so Chromium closes before its font directory is removed.
  afterAll(async () => {
    await browser?.close();
  });
  const fonts = createTempDir('alam-fonts-');

  beforeAll(async () => {
    const executablePath = unpackChromium();
    if (!existsSync(executablePath)) throw new Error(`@sparticuz/chromium gave ${executablePath}, which does not exist: run npm ci`);
    browser = await chromium.launch({
      executablePath,
      env: { ...process.env, FONTCONFIG_FILE: writeFontConfig(fonts) },
      args: ['--no-sandbox', '--no-zygote', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  }, 120_000);

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
    // The types asked for (the default ones) are counted; NATIONALITY was neither asked for nor met.
    for (const type of ENTITY_TYPES.filter((t) => t !== 'NATIONALITY')) expect(counts[type]).toBe(all.filter((e) => e.type === type).length);
    expect(counts['NATIONALITY']).toBeUndefined();
    expect(counts['total']).toBe(all.length);

    // Arabic is drawn with real glyphs: with no Arabic font every letter is the same missing-glyph
    // box, and «ممممم» would be as wide as «ااااا».
    const fontCheck = await page.evaluate(() => {
      const mark = document.querySelector('.text mark') as HTMLElement;
      const context = document.createElement('canvas').getContext('2d') as CanvasRenderingContext2D;
      context.font = getComputedStyle(mark).font;
      return { naskh: document.fonts.check('16px "Noto Naskh Arabic"', 'علي'), widths: ['ممممم', 'ااااا'].map((word) => context.measureText(word).width) };
    });
    expect(fontCheck.naskh).toBe(true);
    expect(fontCheck.widths[0]).toBeGreaterThan((fontCheck.widths[1] as number) * 1.5);

    await page.screenshot({ path: join(OUT, 'html-view.png'), fullPage: true });
    expect(existsSync(join(OUT, 'html-view.png'))).toBe(true);
    await page.close();
  });
});

