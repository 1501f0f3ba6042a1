import { TRIMMED_PLACE_CUE } from './helpers/cue-classes';
import { createTrimRule } from './helpers/create-trim-rule';

/**
 * PLACE spans leave generic cue words out: «محافظة [دمشق]», «جبل [قاسيون]», «قطاع [غزة]». Cues that
 * are part of the name itself (بحر، خليج، جزيرة) are not in TRIMMED_PLACE_CUE.
 */
export const trimPlaceCues = createTrimRule('trim-place-cues', "generic cue words are not part of a place's span: «جبل [قاسيون]»", 'PLACE', TRIMMED_PLACE_CUE);
