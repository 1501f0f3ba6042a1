'use strict';

/** Monotonic milliseconds with sub-millisecond resolution. */
function nowMs() {
  return Number(process.hrtime.bigint()) / 1e6;
}

module.exports = { nowMs };
