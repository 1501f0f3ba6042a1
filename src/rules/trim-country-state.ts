import { STATE_WORD } from './helpers/cue-classes';
import { createTrimRule } from './helpers/create-trim-rule';

/** A country's span leaves out the word «state»: «دولة [الكويت]», «ودولة [الإمارات العربية المتحدة]». */
export const trimCountryState = createTrimRule('trim-country-state', "the word «state» is not part of a country's span: «دولة [قطر]»", 'COUNTRY', STATE_WORD);
