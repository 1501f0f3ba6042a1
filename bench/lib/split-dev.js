'use strict';

/**
 * The project's data protocol: with N sentences, [0, floor(0.8N)) is TRAIN80 and
 * [floor(0.8N), N) is DEV20 (scored only, never harvested).
 */
function splitDev(sentences) {
  const cut = Math.floor(0.8 * sentences.length);
  return { train80: sentences.slice(0, cut), dev: sentences.slice(cut) };
}

module.exports = { splitDev };
