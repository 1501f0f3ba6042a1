import type { Candidate } from '../candidate';
import type { Doc } from '../document';
import { ORG_DESCRIPTOR } from './helpers/cue-classes';
import { entityAt } from './helpers/entity-at';
import { foldedSlice } from './helpers/token-text';
import type { TokenSpan } from './helpers/token-span';
import { createTrimRule } from './helpers/create-trim-rule';
import { orgMovement } from './org-movement';

const ORGANIZATIONS: ReadonlySet<string> = new Set(['ORGANIZATION']);
/** Definite descriptors that the news leaves out whatever follows (TRAIN80: «النادي [الأهلي]» 7 times in 8), folded. */
const ALWAYS_OUT = new Set(['النادي', 'الصحيفه']);

/**
 * An indefinite descriptor always stays out: «شركة [فورد]». A definite one stays out only before a
 * name of its own, «الفريق [الأهلي]»; before an adjective it heads the name: «[الوكالة الدولية للطاقة
 * الذرية]», «[الشركة العامة للبريد]» (TRAIN80 and WikiFANE: الوكالة 6 times in 6 inside the span,
 * الشركة 14 in 15, الحركة 4 in 4).
 */
function leavesName(doc: Doc, candidate: Candidate, head: TokenSpan): boolean {
  // A movement named by common words keeps «حركة»: «[حركة الضباط الأحرار الأردنيين]» (org-movement).
  if (candidate.source?.id === orgMovement.id) return false;
  // Read on the cue's own text, after any proclitic: «وكالة» opens with و and ك, not with an article.
  const descriptor = foldedSlice(doc, head.start, doc.tokens.end[head.tokEnd - 1]);
  if (!descriptor.startsWith('ال') || ALWAYS_OUT.has(descriptor)) return true;
  const rest = entityAt(doc, head.tokEnd, ORGANIZATIONS, true);
  return rest !== undefined && rest.start === doc.tokens.start[head.tokEnd] && rest.tokEnd <= candidate.tokEnd;
}

/** ORGANIZATION spans leave descriptors out: «شركة [فورد]», «وكالة [فارس]», «قناة [الجزيرة]», «النادي [الأهلي]». */
export const trimDescriptors = createTrimRule('trim-descriptors', "descriptors are not part of an organization's span: «شركة [فورد]»", 'ORGANIZATION', ORG_DESCRIPTOR, { mayTrim: leavesName });
