/**
 * How the readings of one span rank, every stage's in one table. Resolution keeps the longest span;
 * among readings of the same tokens the higher priority wins, then the higher score
 * (resolve/resolve-overlaps.ts). So a priority only decides what the same words are: «الجزائر» as
 * the bundled COUNTRY, or the city after «مدينة». The more an evidence says about the type of those
 * very words, the higher its priority.
 */
export const PRIORITY = {
  /** A fuzzy match of a spelling variant: below every exact reading of the same span. */
  fuzzy: 1,
  /** A foreign surname standing alone («[رايس] قالت»): the weakest evidence, below the lexicon's own reading of the word. */
  loneSurname: 1.5,
  /** The bundled lexicon's reading, with no context: what a rule's context overrules. */
  lexicon: 2,
  /** A name after a nationality adjective («البرازيلي [إيمرسون]») or joined by و to a person: context, but the weakest. */
  weakContext: 2.2,
  /** The subject of a verb of saying («وأضاف [أنغو] أن»), a name before a religious honorific («[الرضا] عليه السلام»). */
  clauseContext: 2.3,
  /** A given name followed by more name tokens («[إندرياس اديناور]»): the words themselves are a name. */
  nameChain: 2.4,
  /**
   * The learned tagger's span («لكن [كاسباروف] لاحظ»): it replaces the lexicon's and the rules'
   * readings, which it read as evidence, so it meets only the caller's entries, nationality
   * adjectives, propagated surnames and fuzzy matches; the caller's entries outrank it.
   */
  model: 2.45,
  /** Words after a cue that says what they are: a title («الرئيس [زاويدوف]»), a head noun, a descriptor, a place cue. */
  cue: 2.5,
  /** A bare surname linked to a full name of the document («[شمخاني]»): it beats the word's other readings and carries the link. */
  propagation: 2.6,
  /** A known name re-typed by its context: «مدينة [الجزائر]», «المصدر : [فارس]», «[ليون] الفرنسي» (a club). */
  retyped: 3,
  /** The caller's own entries (`entries`): as strong as a re-typing rule, and ahead of it on score (0.9). */
  custom: 3,
} as const;
