import type { BenchSystem, Span } from './bench-types';

/** What the bench uses of @nlpjs/core and @nlpjs/ner (they ship no type declarations). */
interface NlpjsEnum {
  normalize(str: string): string;
  isAlphanumeric(c: string): boolean;
}
interface NlpjsModules {
  readonly Container: new () => { use(plugin: unknown): void };
  readonly Ner: new (settings: { container: unknown }) => {
    addRuleOptionTexts(locale: string, entity: string, option: string, texts: readonly string[]): void;
    process(input: { locale: string; text: string; threshold: number }): Promise<{ entities: { entity: string; option: string; start: number; end: number }[] }>;
  };
  readonly ExtractorEnum: new (...args: unknown[]) => NlpjsEnum;
}

/**
 * @nlpjs/ner (enum entities, exact matching: threshold 1) as a bench system, loaded with the
 * same entity forms as alam: one entity `NE` whose options are the entity types, so one
 * pass finds all types and overlapping matches are reduced longest-first.
 * Two fixes so Arabic works at all (both only change how text is compared, not the algorithm):
 * - its `normalize` is NFD + strip U+0300–U+036F, which turns «أ» into «ا» + U+0654 (hamza
 *   above) and shifts every later offset by one, so «الأمم المتحدة» is looked up at the wrong
 *   place; we use a length-preserving lower-casing instead;
 * - its word-character class includes U+060C ، U+061B ؛ U+061F ؟, so «موسكو،» is one word.
 * `perSentence`: call it once per line instead of once per document, because its enum matcher
 * looks up every word n-gram of the call (O(words²)); offsets are shifted back to the document.
 */
export function createNlpjsSystem({ perSentence = false }: { readonly perSentence?: boolean } = {}): BenchSystem<Span[]> {
  const { Container } = require('@nlpjs/core') as Pick<NlpjsModules, 'Container'>;
  const { Ner, ExtractorEnum } = require('@nlpjs/ner') as Pick<NlpjsModules, 'Ner' | 'ExtractorEnum'>;
  const ARABIC_PUNCT = /[\u060C\u061B\u061F]/;

  class ArabicSafeEnum extends ExtractorEnum {
    override normalize(str: string): string {
      return str.toLowerCase();
    }

    override isAlphanumeric(c: string): boolean {
      return !ARABIC_PUNCT.test(c) && super.isAlphanumeric(c);
    }
  }

  const container = new Container();
  container.use(ArabicSafeEnum);
  const ner = new Ner({ container });

  async function extractOne(text: string, shift: number, spans: Span[]): Promise<void> {
    const result = await ner.process({ locale: 'ar', text, threshold: 1 });
    for (const e of result.entities) {
      if (e.entity === 'NE') spans.push({ type: e.option, start: e.start + shift, end: e.end + 1 + shift });
    }
  }

  return {
    name: perSentence ? 'nlpjs-sentence' : 'nlpjs',
    label: perSentence ? '@nlpjs/ner, per line' : '@nlpjs/ner',
    isAsync: true,
    load(forms) {
      const byType = new Map<string, string[]>();
      for (const f of forms) {
        const texts = byType.get(f.type) ?? [];
        texts.push(f.form);
        byType.set(f.type, texts);
      }
      for (const [type, texts] of byType) ner.addRuleOptionTexts('ar', 'NE', type, texts);
      return { loaded: forms.length, note: 'enum, threshold 1, Arabic-safe normalize' };
    },
    async extract(text) {
      const spans: Span[] = [];
      if (!perSentence) {
        await extractOne(text, 0, spans);
        return spans;
      }
      let start = 0;
      while (start <= text.length) {
        let end = text.indexOf('\n', start);
        if (end < 0) end = text.length;
        if (end > start) await extractOne(text.slice(start, end), start, spans);
        start = end + 1;
      }
      return spans;
    },
    toSpans: (result) => result,
  };
}
