// Shortest stem kept: «بان» → «ان» would count the preposition «ب» on a two-letter word.
const MIN_STEM = 3;

/**
 * The stems a folded token leaves when its proclitics are peeled, the way the runtime tokenizer
 * peels them: conjunction و/ف, then preposition ب/ل/ك, «لل» being ل + the article:
 * «وبالتالي» → «بالتالي», «التالي»; «للجيش» → «الجيش»; «والمجلس» → «المجلس».
 * Whether a stem is a real word is the caller's business (ANERcorp writes «وزير» whole, and «زير»
 * is not what it means).
 */
export function listProcliticStems(folded: string): string[] {
  const stems: string[] = [];
  let rest = folded;
  if (/^[وف]/.test(rest) && rest.length - 1 >= MIN_STEM) {
    rest = rest.slice(1);
    stems.push(rest);
  }
  if (/^لل/.test(rest) && rest.length >= MIN_STEM + 1) stems.push(`ال${rest.slice(2)}`);
  else if (/^[بلك]/.test(rest) && rest.length - 1 >= MIN_STEM) stems.push(rest.slice(1));
  return stems;
}
