// Administrative words that sources glue to a place name: «محافظة حمص»، «منطقة دوما»، «دونيتسك أوبلاست».
// Settlement words (قرية، بلدة، مدينة، كفر، عزبة) are not here: «مدينة نصر»، «كفر الشيخ» are whole names.
const STRIPPABLE = new Set(['محافظة', 'منطقة', 'ولاية', 'مديرية', 'ناحية', 'قضاء', 'مركز', 'لواء', 'إقليم', 'بلدية', 'مقاطعة', 'إمارة', 'شعبية']);
const SUFFIXES = ['أوبلاست', 'أوبلاستي', 'كراي'];

/**
 * The short form of an administrative label, or null when there is nothing to strip:
 * «محافظة حمص» → «حمص», «دونيتسك أوبلاست» → «دونيتسك».
 */
export function stripAdminPrefix(name: string): string | null {
  const words = name.split(' ');
  if (words.length < 2) return null;
  const first = words[0] ?? '';
  if (STRIPPABLE.has(first)) return words.slice(1).join(' ');
  const last = words[words.length - 1] ?? '';
  if (SUFFIXES.includes(last)) return words.slice(0, -1).join(' ');
  return null;
}
