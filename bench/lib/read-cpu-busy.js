'use strict';
const fs = require('fs');

/** Linux reports /proc/stat in USER_HZ ticks, 100 per second on every mainstream kernel. */
const TICKS_PER_SECOND = 100;

/**
 * CPU seconds spent busy by the whole machine so far (user, nice, system, irq, softirq, steal),
 * or null where /proc/stat does not exist. Comparing it before and after a bench child, minus the
 * child's own CPU time, tells how much other processes ran meanwhile.
 */
function readCpuBusy() {
  let line;
  try {
    line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0];
  } catch {
    return null;
  }
  const f = line.trim().split(/\s+/).slice(1).map(Number);
  const [user, nice, system, , , irq, softirq, steal] = f;
  return (user + nice + system + irq + softirq + (steal || 0)) / TICKS_PER_SECOND;
}

module.exports = { readCpuBusy };
