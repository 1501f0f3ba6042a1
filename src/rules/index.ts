import type { Rule } from './rule';

/** The context rules, in the order they run. */
export const RULES: readonly Rule[] = [];
