import { PERSON_TITLE } from './helpers/cue-classes';
import { createTrimRule } from './helpers/create-trim-rule';

/** PERSON spans leave titles out, all of them: «الإمام [الحسين]», «صاحب السمو الشيخ [حمد]». */
export const trimTitles = createTrimRule('trim-titles', "titles are not part of a person's span: «الإمام [الحسين]»", 'PERSON', PERSON_TITLE, { repeat: true });
