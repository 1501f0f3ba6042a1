/** Renders spans into a string as `[text](TYPE)`, the project's annotated-string test notation. */
export { renderAnnotated as annotate } from '../support/annotated-text';
