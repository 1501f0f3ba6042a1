import type { BenchSystem, Span } from './bench-types';
import { locateTokens } from './locate-tokens';

/** What the bench uses of wink-tokenizer and wink-ner (they ship no type declarations). */
interface WinkTokenizer {
  addRegex(regex: RegExp, tag: string, fingerprintCode: string): void;
  tokenize(text: string): unknown[];
}
interface WinkToken {
  readonly value: string;
  readonly entityType?: string;
  readonly originalSeq?: readonly string[];
}
interface WinkNer {
  learn(entities: readonly { readonly text: string; readonly entityType: string }[]): number;
  recognize(tokens: unknown[]): WinkToken[];
}

/**
 * wink-ner + wink-tokenizer as a bench system, loaded with the same entity forms as alam.
 * One configuration step for Arabic: wink-tokenizer does not know the Arabic comma,
 * semicolon and question mark (U+060C ، U+061B ؛ U+061F ؟), so «موسكو،» would stay one
 * token and never match «موسكو»; we register them as punctuation.
 * Offsets: wink tokens carry no offsets, so the values are located in the text in order.
 */
export function createWinkSystem(): BenchSystem<Span[]> {
  const tokenizer = (require('wink-tokenizer') as () => WinkTokenizer)();
  // wink keeps no fingerprint code for `punctuation`, so addRegex needs one to accept the tag.
  tokenizer.addRegex(/[\u060C\u061B\u061F]/g, 'punctuation', 'p');
  const ner = (require('wink-ner') as () => WinkNer)();
  return {
    name: 'wink',
    label: 'wink-ner',
    isAsync: false,
    load(forms) {
      const learned = ner.learn(forms.map((f) => ({ text: f.form, entityType: f.type })));
      return { loaded: learned, note: 'wink-tokenizer + Arabic punctuation ، ؛ ؟' };
    },
    extract(text) {
      const spans: Span[] = [];
      let cursor = 0;
      for (const token of ner.recognize(tokenizer.tokenize(text))) {
        const located = locateTokens(text, token.originalSeq ?? [token.value], cursor).filter((l) => l[0] >= 0);
        const first = located[0];
        const last = located[located.length - 1];
        if (!first || !last) continue;
        cursor = last[1];
        if (token.entityType) spans.push({ type: token.entityType, start: first[0], end: last[1] });
      }
      return spans;
    },
    toSpans: (result) => result,
  };
}
