'use strict';

/** CoNLL coarse tags → the alam types a gold mention may be matched by. */
const GOLD_TYPES = { PER: ['PERSON'], LOC: ['COUNTRY', 'PLACE'], ORG: ['ORGANIZATION'] };

/**
 * Joins sentences into one document (tokens with spaces, sentences with newlines) and
 * returns the gold mentions as spans into that text. MISC is dropped: alam has no MISC.
 * Example: tokens «في» «ألمانيا/B-LOC» → text «في ألمانيا», gold {type:'LOC', start:3, end:10}.
 */
function joinDocument(sentences) {
  const parts = [];
  const gold = [];
  let offset = 0;
  sentences.forEach((sentence, s) => {
    if (s > 0) {
      parts.push('\n');
      offset += 1;
    }
    let open = null;
    const close = () => {
      if (open && GOLD_TYPES[open.type]) gold.push(open);
      open = null;
    };
    sentence.tokens.forEach((token, t) => {
      if (t > 0) {
        parts.push(' ');
        offset += 1;
      }
      const tag = sentence.tags[t];
      const start = offset;
      parts.push(token);
      offset += token.length;
      if (tag.startsWith('B-') || (tag.startsWith('I-') && (!open || open.type !== tag.slice(2)))) {
        close();
        open = { type: tag.slice(2), start, end: offset };
      } else if (tag.startsWith('I-') && open) {
        open.end = offset;
      } else {
        close();
      }
    });
    close();
  });
  return { text: parts.join(''), gold };
}

module.exports = { joinDocument, GOLD_TYPES };
