import type { EntityType } from '../../src/types';
import type { ConllSentence, ConllTag, EvalEntity } from '../../src/eval';

const ANNOTATION = /\[([^\]]+)\]\(([A-Z]+)\)/g;

interface Annotated {
  readonly plain: string;
  readonly spans: readonly { start: number; end: number; label: string }[];
}

/** `'زار و[روسيا](COUNTRY)'` → plain text «زار وروسيا» and the span of «روسيا». */
export function parseAnnotated(annotated: string): Annotated {
  const spans: { start: number; end: number; label: string }[] = [];
  let plain = '';
  let last = 0;
  for (const match of annotated.matchAll(ANNOTATION)) {
    const [whole, inner = '', label = ''] = match;
    plain += annotated.slice(last, match.index);
    spans.push({ start: plain.length, end: plain.length + inner.length, label });
    plain += inner;
    last = match.index + whole.length;
  }
  plain += annotated.slice(last);
  return { plain, spans };
}

/**
 * Gold sentences written as annotated token strings → CoNLL text. Tokens are separated by spaces,
 * one sentence per array item: `'[علي شمخاني](PER) زار [موسكو](LOC)'`.
 */
export function toConll(sentences: readonly string[]): string {
  return sentences
    .map((sentence) => {
      const { plain, spans } = parseAnnotated(sentence);
      const lines: string[] = [];
      let offset = 0;
      for (const token of plain.split(' ')) {
        const span = spans.find((s) => s.start <= offset && offset < s.end);
        const tag = span === undefined ? 'O' : `${span.start === offset ? 'B' : 'I'}-${span.label}`;
        lines.push(`${token}\t${tag}`);
        offset += token.length + 1;
      }
      return `${lines.join('\n')}\n`;
    })
    .join('\n');
}

/** Token-level rendering of tags, the inverse of `toConll` for one sentence: `'زار [وروسيا](LOC)'`. */
export function renderTags(tokens: readonly string[], tags: readonly ConllTag[]): string {
  const out: string[] = [];
  let open: string[] = [];
  let openType = '';
  const close = (): void => {
    if (open.length > 0) out.push(`[${open.join(' ')}](${openType})`);
    open = [];
  };
  tokens.forEach((token, i) => {
    const tag = tags[i] ?? 'O';
    if (tag === 'O') {
      close();
      out.push(token);
      return;
    }
    if (tag.startsWith('B-') || tag.slice(2) !== openType || open.length === 0) close();
    openType = tag.slice(2);
    open.push(token);
  });
  close();
  return out.join(' ');
}

/**
 * An extractor that returns the annotated spans of every prediction wherever its plain text occurs
 * in the text it is given: `fakeExtractor(['و[روسيا](COUNTRY)'])`. `calls` records the texts seen.
 */
export function fakeExtractor(predictions: readonly string[]): {
  extract: (text: string) => EvalEntity[];
  calls: string[];
} {
  const parsed = predictions.map(parseAnnotated);
  const calls: string[] = [];
  const extract = (text: string): EvalEntity[] => {
    calls.push(text);
    const entities: EvalEntity[] = [];
    for (const { plain, spans } of parsed) {
      for (let at = text.indexOf(plain); at !== -1; at = text.indexOf(plain, at + 1)) {
        for (const span of spans) {
          const start = at + span.start;
          const end = at + span.end;
          entities.push({ type: span.label as EntityType, start, end, text: text.slice(start, end) });
        }
      }
    }
    return entities;
  };
  return { extract, calls };
}

/** Plain sentences (no tags) for projection tests: every token O. */
export function plainSentences(texts: readonly string[]): ConllSentence[] {
  let line = 0;
  return texts.map((text, index) => ({
    index,
    tokens: text.split(' ').map((token) => {
      line += 1;
      return { text: token, tag: 'O' as const, line };
    }),
  }));
}
