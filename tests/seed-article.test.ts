import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../src';
import { renderAnnotated } from './support/annotated-text';
import { describeWithShared, SHARED_DIR } from './support/shared-data';

const SHARED = SHARED_DIR;
const GOLD = join(SHARED, 'seed', 'article.gold.json');
const ARTICLE = join(__dirname, '..', 'examples', 'article.txt');

interface GoldSpan {
  start: number;
  end: number;
  text: string;
  type: string;
  optional?: boolean;
}

describeWithShared('the seed article (../shared/seed)', ['seed/article.gold.json', 'seed/article.txt'], () => {
  const text = readFileSync(ARTICLE, 'utf8');
  const gold = (JSON.parse(readFileSync(GOLD, 'utf8')) as { entities: GoldSpan[] }).entities;
  const predicted = extract(text);
  const key = (e: { start: number; end: number; type: string }): string => `${e.start}:${e.end}:${e.type}`;

  test('examples/article.txt is the seed article', () => {
    expect(text).toBe(readFileSync(join(SHARED, 'seed', 'article.txt'), 'utf8'));
  });

  test('every required span comes out with exact offsets and type', () => {
    const found = new Set(predicted.map(key));
    const required = gold.filter((g) => !g.optional);
    expect(renderAnnotated(text, required.filter((g) => !found.has(key(g))))).toBe(text);
    expect(required).toHaveLength(27);
  });

  test('nothing spurious (optional spans are neither required nor penalised)', () => {
    const allowed = new Set(gold.map(key));
    expect(renderAnnotated(text, predicted.filter((p) => !allowed.has(key(p))))).toBe(text);
  });
});
