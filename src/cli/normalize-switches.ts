import type { NormalizeOptions } from '../types';
import type { OptionSpec, ParsedArgs } from './parse-args';

type FoldName = keyof NormalizeOptions;

/**
 * Every fold of NormalizeOptions with its `--no-fold-…` flag. Typed as a complete record so that a fold
 * added to NormalizeOptions fails to compile here until it gets its switch.
 */
const FOLD_FLAGS: Readonly<Record<FoldName, { readonly flag: string; readonly description: string }>> = {
  harakat: { flag: 'no-fold-harakat', description: 'keep harakat (U+064B–U+065F) and superscript alef (U+0670)' },
  quranicMarks: { flag: 'no-fold-quranic-marks', description: 'keep Quranic annotation marks (U+06D6–U+06ED)' },
  tatweel: { flag: 'no-fold-tatweel', description: 'keep tatweel (U+0640)' },
  alef: { flag: 'no-fold-alef', description: 'keep أ إ آ ٱ distinct from ا' },
  alefMaksura: { flag: 'no-fold-alef-maksura', description: 'keep ى distinct from ي' },
  taMarbuta: { flag: 'no-fold-ta-marbuta', description: 'keep ة distinct from ه' },
  hamzaCarriers: { flag: 'no-fold-hamza-carriers', description: 'keep ؤ ئ distinct from و ي' },
  persianLetters: { flag: 'no-fold-persian-letters', description: 'keep Persian/Urdu letters (ک گ ی پ چ ژ ڤ …)' },
  digits: { flag: 'no-fold-digits', description: 'keep Arabic-Indic and Persian digits' },
  presentationForms: { flag: 'no-fold-presentation-forms', description: 'keep presentation forms (U+FB50–U+FDFF, U+FE70–U+FEFF)' },
  controls: { flag: 'no-fold-controls', description: 'keep zero-width and bidi control characters' },
};

/** The `--no-fold-*` options, one per fold. */
export const NORMALIZE_OPTION_SPECS: readonly OptionSpec[] = Object.values(FOLD_FLAGS).map((f) => ({
  name: f.flag,
  kind: 'flag' as const,
  description: f.description,
}));

/** NormalizeOptions from the switches given (only the folds turned off appear), or undefined for the defaults. */
export function readNormalizeOptions(args: ParsedArgs): NormalizeOptions | undefined {
  const options: { -readonly [K in FoldName]?: boolean } = {};
  for (const [fold, { flag }] of Object.entries(FOLD_FLAGS) as Array<[FoldName, { flag: string }]>) {
    if (args.flag(flag)) options[fold] = false;
  }
  return Object.keys(options).length === 0 ? undefined : options;
}
