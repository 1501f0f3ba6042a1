/** A user-perceived character of a line (base + combining marks) placed in visual order. */
export interface VisualCluster {
  readonly start: number;
  readonly end: number;
  /** The mirrored bracket to draw instead, for a bracket inside right-to-left text: ( → ). */
  readonly mirrored?: string;
}

export type ParagraphDirection = 'rtl' | 'ltr' | 'auto';

type BidiClass = 'L' | 'R' | 'EN' | 'AN' | 'CS' | 'ES' | 'ET' | 'N';

/**
 * Orders one line for display on a terminal that prints code points strictly left to right, following
 * the Unicode bidi algorithm closely enough for news text (no explicit embeddings): Arabic runs are
 * reversed, while numbers and Latin runs keep their logical order — the RTL line «في 2017 زار New York»
 * prints left to right as `New York` «راز» `2017` «يف» (letters of each Arabic word reversed).
 * Returns the clusters left to right.
 */
export function orderVisually(line: string, direction: ParagraphDirection = 'auto'): VisualCluster[] {
  const clusters = splitClusters(line);
  const classes = clusters.map((c) => classify(line.codePointAt(c.start) as number));
  const paragraphLevel = direction === 'ltr' ? 0 : direction === 'rtl' ? 1 : detectLevel(classes);
  resolveNumbers(classes);
  resolveNeutrals(classes, paragraphLevel);
  const levels = classes.map((cls) => embeddingLevel(cls, paragraphLevel));
  const order = clusters.map((_, i) => i);
  reverseByLevels(order, levels);
  return order.map((i) => {
    const cluster = clusters[i] as { start: number; end: number };
    const level = levels[i];
    const mirrored = level % 2 === 1 ? MIRRORS[line.slice(cluster.start, cluster.end)] : undefined;
    return mirrored === undefined ? cluster : { ...cluster, mirrored };
  });
}

const MIRRORS: Readonly<Record<string, string>> = {
  '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '<': '>', '>': '<',
  '«': '»', '»': '«', '‹': '›', '›': '‹',
};

function splitClusters(line: string): Array<{ start: number; end: number }> {
  const clusters: Array<{ start: number; end: number }> = [];
  const pattern = /[^\p{M}\u200C\u200D][\p{M}\u200C\u200D]*|[\p{M}\u200C\u200D]+/gu;
  for (let m = pattern.exec(line); m !== null; m = pattern.exec(line)) {
    clusters.push({ start: m.index, end: m.index + m[0].length });
  }
  return clusters;
}

function classify(cp: number): BidiClass {
  if (cp >= 0x30 && cp <= 0x39) return 'EN';
  if (cp >= 0x06f0 && cp <= 0x06f9) return 'EN';
  if ((cp >= 0x0660 && cp <= 0x0669) || cp === 0x066b || cp === 0x066c) return 'AN';
  if (cp === 0x2c || cp === 0x2e || cp === 0x3a || cp === 0x2f || cp === 0x060c) return 'CS';
  if (cp === 0x2b || cp === 0x2d) return 'ES';
  if (cp === 0x23 || cp === 0x24 || cp === 0x25 || cp === 0xb0 || cp === 0x066a || (cp >= 0x20a0 && cp <= 0x20cf)) return 'ET';
  if (isRightToLeft(cp)) return 'R';
  return /[\p{L}\p{Mc}]/u.test(String.fromCodePoint(cp)) ? 'L' : 'N';
}

function isRightToLeft(cp: number): boolean {
  return (
    (cp >= 0x0590 && cp <= 0x08ff && !(cp >= 0x064b && cp <= 0x065f) && cp !== 0x0670) ||
    (cp >= 0xfb1d && cp <= 0xfdff) ||
    (cp >= 0xfe70 && cp <= 0xfefe) ||
    (cp >= 0x10800 && cp <= 0x10fff) ||
    (cp >= 0x1e800 && cp <= 0x1efff)
  );
}

/** P2/P3: the first strong letter decides; a line with none is right-to-left (alam's text is Arabic). */
function detectLevel(classes: readonly BidiClass[]): number {
  for (const cls of classes) {
    if (cls === 'L') return 0;
    if (cls === 'R') return 1;
  }
  return 1;
}

/** W4, W5, W7 in short: separators inside numbers join them, % and $ stick to numbers, digits after Latin are Latin. */
function resolveNumbers(classes: BidiClass[]): void {
  for (let i = 1; i + 1 < classes.length; i++) {
    const here = classes[i];
    const before = classes[i - 1];
    const after = classes[i + 1];
    if ((here === 'CS' || here === 'ES') && (before === 'EN' || before === 'AN') && before === after) classes[i] = before;
  }
  for (let i = 0; i < classes.length; i++) {
    if (classes[i] !== 'ET') continue;
    let j = i;
    while (j < classes.length && classes[j] === 'ET') j++;
    if (classes[i - 1] === 'EN' || classes[j] === 'EN') classes.fill('EN', i, j);
    i = j - 1;
  }
  let strong: BidiClass = 'N';
  for (let i = 0; i < classes.length; i++) {
    const cls = classes[i];
    if (cls === 'L' || cls === 'R') strong = cls;
    else if (cls === 'EN' && strong === 'L') classes[i] = 'L';
  }
  for (let i = 0; i < classes.length; i++) {
    const cls = classes[i];
    if (cls === 'CS' || cls === 'ES' || cls === 'ET') classes[i] = 'N';
  }
}

/** N1/N2: neutrals between two letters of one direction take it (numbers count as right-to-left), otherwise the paragraph's. */
function resolveNeutrals(classes: BidiClass[], paragraphLevel: number): void {
  const paragraph: BidiClass = paragraphLevel === 1 ? 'R' : 'L';
  const strength = (cls: BidiClass | undefined): BidiClass => (cls === undefined ? paragraph : cls === 'L' ? 'L' : 'R');
  for (let i = 0; i < classes.length; i++) {
    if (classes[i] !== 'N') continue;
    let j = i;
    while (j < classes.length && classes[j] === 'N') j++;
    const before = strength(i > 0 ? classes[i - 1] : undefined);
    const after = strength(j < classes.length ? classes[j] : undefined);
    classes.fill(before === after ? before : paragraph, i, j);
    i = j - 1;
  }
}

function embeddingLevel(cls: BidiClass, paragraphLevel: number): number {
  if (paragraphLevel === 0) return cls === 'L' ? 0 : cls === 'R' ? 1 : 2;
  return cls === 'R' ? 1 : 2;
}

/** L2: from the highest level down to the lowest odd level, reverse every run at that level or higher. */
function reverseByLevels(order: number[], levels: readonly number[]): void {
  let highest = 0;
  let lowestOdd = Number.POSITIVE_INFINITY;
  for (const level of levels) {
    highest = Math.max(highest, level);
    lowestOdd = Math.min(lowestOdd, level % 2 === 1 ? level : level + 1);
  }
  for (let level = highest; level >= lowestOdd; level--) {
    let i = 0;
    while (i < order.length) {
      if (levels[order[i]] < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && levels[order[j]] >= level) j++;
      for (let a = i, b = j - 1; a < b; a++, b--) {
        const swap = order[a];
        order[a] = order[b];
        order[b] = swap;
      }
      i = j;
    }
  }
}
