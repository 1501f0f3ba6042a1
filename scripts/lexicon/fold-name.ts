// Script-side matching key: the same folds as the runtime normalize() defaults, so two spellings
// the compiler would merge anyway («أمريكا» / «امريكا», «القاهرة» / «القاهره») dedupe here too.
const HARAKAT = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const LETTERS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا',
  'ى': 'ي', 'ة': 'ه', 'ؤ': 'و', 'ئ': 'ي',
  'ک': 'ك', 'ڪ': 'ك', 'گ': 'ك', 'ی': 'ي', 'ي': 'ي', 'ۀ': 'ه', 'ە': 'ه', 'ہ': 'ه', 'ھ': 'ه',
  'پ': 'ب', 'چ': 'ج', 'ژ': 'ز', 'ڤ': 'ف', 'ڨ': 'ق',
};

export function foldName(text: string): string {
  let out = text.normalize('NFKC').replace(CONTROLS, '').replace(HARAKAT, '').replace(/\u0640/g, '');
  out = out.replace(/[أإآٱىةؤئکڪگیۀەہھپچژڤڨ]/g, (c) => LETTERS[c] ?? c);
  return out.replace(/\s+/g, ' ').trim();
}

export function cleanName(text: string): string {
  return text
    .normalize('NFC')
    .replace(CONTROLS, '')
    .replace(HARAKAT, '')
    .replace(/\u0640/g, '')
    .replace(/[\u0020\u00A0\s]+/g, ' ')
    .trim();
}

/** True when the string has at least one Arabic letter and no Latin letter: «موسكو», not «Moscow» nor «موسكو Moscow». */
export function isArabicName(text: string): boolean {
  return /[\u0621-\u064A]/.test(text) && !/[A-Za-z]/.test(text);
}
