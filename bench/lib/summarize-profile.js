'use strict';
const path = require('path');

/**
 * Self time per function of a V8 .cpuprofile, biggest first. Time is taken from the sample
 * deltas (not hitCount × interval), and functions are keyed by name + file + line so two
 * closures of the same name stay apart.
 */
function summarizeProfile(profile, { root = '' } = {}) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map();
  let total = 0;
  profile.samples.forEach((id, i) => {
    const dt = profile.timeDeltas[i] || 0;
    total += dt;
    const frame = byId.get(id).callFrame;
    const file = frame.url.replace(/^file:\/\//, '');
    const relative = path.relative(root, file);
    const where = frame.url ? `${relative.startsWith('..') ? file : relative}:${frame.lineNumber + 1}` : '';
    const key = `${frame.functionName || '(anonymous)'}\t${where}`;
    self.set(key, (self.get(key) || 0) + dt);
  });
  return {
    totalMs: total / 1000,
    functions: [...self]
      .map(([key, us]) => {
        const [name, where] = key.split('\t');
        return { name, where, selfMs: us / 1000, share: us / total };
      })
      .sort((a, b) => b.selfMs - a.selfMs),
  };
}

module.exports = { summarizeProfile };
