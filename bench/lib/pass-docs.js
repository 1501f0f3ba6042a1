'use strict';
const { nowMs } = require('./now-ms');

/**
 * One timed pass of `system.extract` over docs[0, limit), stopping early once `budgetMs`
 * is spent (so slow peers cover a prefix; the shuffled corpus keeps a prefix representative).
 * Returns the time, how many documents and characters were done and how many entities came out.
 */
async function passDocs(system, docs, { limit = docs.length, budgetMs: budget = null } = {}) {
  // JSON has no Infinity: a missing or null budget means «the whole corpus».
  const budgetMs = budget === null || budget === undefined ? Infinity : budget;
  let count = 0;
  let chars = 0;
  let bytes = 0;
  let entities = 0;
  const t0 = nowMs();
  if (system.isAsync) {
    for (; count < limit; count += 1) {
      entities += (await system.extract(docs[count])).length;
      chars += docs[count].length;
      if (nowMs() - t0 > budgetMs) {
        count += 1;
        break;
      }
    }
  } else {
    for (; count < limit; count += 1) {
      entities += system.extract(docs[count]).length;
      chars += docs[count].length;
      if (budgetMs !== Infinity && nowMs() - t0 > budgetMs) {
        count += 1;
        break;
      }
    }
  }
  const ms = nowMs() - t0;
  for (let i = 0; i < count; i += 1) bytes += Buffer.byteLength(docs[i], 'utf8');
  return { ms, count, chars, bytes, entities };
}

module.exports = { passDocs };
