import type { Rule } from './helpers/rule';
import type { CueClass } from '../lexicon/lexicon-types';
import { orgClub } from './org-club';
import { orgClubNationality } from './org-club-nationality';
import { orgClubScore } from './org-club-score';
import { orgDescriptor } from './org-descriptor';
import { orgHead } from './org-head';
import { orgMovement } from './org-movement';
import { personCoordination } from './person-coordination';
import { personForeignName } from './person-foreign-name';
import { personHonorific } from './person-honorific';
import { personKinship } from './person-kinship';
import { personNameChain } from './person-name-chain';
import { personNationality } from './person-nationality';
import { personSubject } from './person-subject';
import { personTitle } from './person-title';
import { placeConstruct } from './place-construct';
import { placeCue } from './place-cue';
import { placeDirection } from './place-direction';
import { placeEvent } from './place-event';
import { sourceLine } from './source-line';
import { trimCountryState } from './trim-country-state';
import { trimDescriptors } from './trim-descriptors';
import { trimPlaceCues } from './trim-place-cues';
import { trimPlaceEpithets } from './trim-place-epithets';
import { trimTitles } from './trim-titles';
import { trimUntaggedDescriptors } from './trim-untagged-descriptors';
import { dropUntaggedHeads } from './drop-untagged-heads';
import { trimUntaggedNisba } from './trim-untagged-nisba';
import { dropWorkTitles } from './drop-work-titles';
import { dropEventPlaces } from './drop-event-places';
import { retypeNationalTeams } from './retype-national-teams';
import { splitCoordinatedPersons } from './split-coordinated-persons';
import { trimEdgeQuotes } from './trim-edge-quotes';

/**
 * The context rules, in the order they run. The order is part of what they mean: a rule reads the
 * candidates of the rules before it (candidateAt) and may change or drop them.
 */
export const RULES: readonly Rule[] = [
  // Drop lexicon places that are no places here, before any rule reads them as context:
  // «لحماة الارهاب» (a noun), «اتفاق الطائف» (an event), «جنوب [لبنان]» (the direction stays out).
  placeConstruct,
  placeEvent,
  placeDirection,
  // Organizations first: a person's role is often «of» one («امين [المجلس …] علي شمخاني»), and the
  // person rules read past it. Credit lines before the others: what they name is an organization
  // whatever else the words could be («المصدر : [فارس]»).
  sourceLine,
  orgHead,
  orgMovement,
  orgDescriptor,
  // Clubs: read the city candidates of the lexicon («[ليون] الفرنسي», «[كوبنهاغن] 1 - صفر»).
  orgClub,
  orgClubNationality,
  orgClubScore,
  // Places after a cue word, before the person rules, which do not read a place as a name: «في مدينة [زاويدو]».
  placeCue,
  // People, strongest evidence first: a title, then a name chain, then weaker context. Later rules
  // skip tokens that an earlier one already made a person (candidateAt).
  personTitle,
  personNameChain,
  personNationality,
  personSubject,
  personHonorific,
  // A lone given name before a kinship noun («[فاطمة] شقيقة الضحية»): after the name chains, which take the longer names.
  personKinship,
  personForeignName,
  // Reads the persons found so far: «عمرو موسى و[عبد الرحمن]» needs «عمرو موسى» first.
  personCoordination,
  // Trims last, once every rule has read the spans with their cue words: «الإمام [الحسين]», «شركة [فورد]».
  trimTitles,
  trimDescriptors,
  trimPlaceCues,
  trimPlaceEpithets,
  trimCountryState,
];

/**
 * The rules after the tagger, in the order they run. The model learned its spans from corpora of both
 * conventions, WikiFANE's above all, so what ANERcorp annotates otherwise is applied to whatever found
 * a name, model or rule, under `conventions: 'anercorp'` only: a club's descriptor stays out, «نادي
 * [الزمالك]»; a ministry or a facility is dropped, «مطار [دمشق] الدولي»; a nationality adjective stays
 * out, «[الاتحاد العام للشغل] التونسي»; a championship's place is part of the event, «بطولة أوروبا»;
 * a national team's country stays a country, «منتخب [البرازيل]». A quoted title of a work holds no
 * name under either convention: «رواية " القاهرة الجديدة "», and two persons the model read as one
 * across «و» are two, «[صبري] و[عنان]»; no name begins or ends on a quotation mark. They add no
 * cues: a cue class changes the lexicon index the model's features read.
 */
export const RULES_AFTER_TAGGER: readonly Rule[] = [
  // The descriptor first, so that the ministry and facility heads read the first word of what remains.
  trimUntaggedDescriptors,
  dropUntaggedHeads,
  trimUntaggedNisba,
  dropWorkTitles,
  dropEventPlaces,
  retypeNationalTeams,
  splitCoordinatedPersons,
  // Last, once the others have trimmed: «قناة " [العربية] "», not «" العربية».
  trimEdgeQuotes,
];

/**
 * The cue classes the rules look for, each once, in the order the rules first name them: what
 * every extractor's lexicon index holds, and what the compiled lexicon holds already (so the
 * default extractor adds nothing to it).
 */
export function ruleCueClasses(): CueClass[] {
  return [...new Map(RULES.flatMap((rule) => rule.cues ?? []).map((cue) => [cue.name, cue])).values()];
}
