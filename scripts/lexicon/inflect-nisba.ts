/**
 * Regular inflections of a masculine singular nisba adjective, with and without the article:
 * «إيراني» → إيراني، إيرانية، إيرانيون، إيرانيين، إيرانيات، الإيراني، الإيرانية، … .
 * Multi-word forms inflect every word ending in ي and take the article on each inflected word
 * («كوري شمالي» → «الكوريون الشماليون»); a leading uninflected word keeps the article alone
 * («جنوب أفريقي» → «الجنوب أفريقية»).
 * `bare: false` drops the indefinite masculine singular («مجري» is also the folded «مجرى» channel).
 */
export function inflectNisba(masculine: string, options: { readonly bare?: boolean } = {}): string[] {
  const words = masculine.split(' ');
  if (!words.some((w) => w.endsWith('ي'))) throw new Error(`nisba «${masculine}» has no word ending in ي`);
  const endings = ['', 'ة', 'ون', 'ين', 'ات'];
  const out: string[] = [];
  for (const ending of endings) {
    const inflected = words.map((w) => (w.endsWith('ي') ? w + ending : w));
    const definite = words.map((w, i) => (w.endsWith('ي') || (i === 0 && !words.every((x) => x.endsWith('ي'))) ? `ال${inflected[i]}` : inflected[i]));
    if (ending !== '' || options.bare !== false) out.push(inflected.join(' '));
    out.push(definite.join(' '));
  }
  return out;
}
