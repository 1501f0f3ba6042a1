import { ORG_DESCRIPTOR } from './cue-classes';
import { createTrimRule } from './trim-leading-cue';

/** ORGANIZATION spans leave descriptors out: «شركة [فورد]», «وكالة [فارس]», «قناة [الجزيرة]». */
export const trimDescriptors = createTrimRule('trim-descriptors', "descriptors are not part of an organization's span: «شركة [فورد]»", 'ORGANIZATION', ORG_DESCRIPTOR);
