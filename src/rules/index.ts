import type { Rule } from './rule';
import { orgClub } from './org-club';
import { orgClubNationality } from './org-club-nationality';
import { orgClubScore } from './org-club-score';
import { orgDescriptor } from './org-descriptor';
import { orgHead } from './org-head';
import { personCoordination } from './person-coordination';
import { personForeignName } from './person-foreign-name';
import { personHonorific } from './person-honorific';
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

/**
 * The context rules, in the order they run. Organizations come first: a person's role is often
 * «of» one («امين [المجلس …] علي شمخاني»), and the person rules read past it.
 */
export const RULES: readonly Rule[] = [placeConstruct, placeEvent, placeDirection, sourceLine, orgHead, orgDescriptor, orgClub, orgClubNationality, orgClubScore, placeCue, personTitle, personNameChain, personNationality, personSubject, personHonorific, personForeignName, personCoordination, trimTitles, trimDescriptors, trimPlaceCues, trimPlaceEpithets, trimCountryState];
