'use strict';
const fs = require('fs');
const os = require('os');

/** CPU model (from /proc/cpuinfo when readable), logical cores, memory, Node version and current load. */
function describeMachine() {
  let cpu = os.cpus()[0] ? os.cpus()[0].model : 'unknown';
  try {
    const info = fs.readFileSync('/proc/cpuinfo', 'utf8');
    const field = (name) => {
      const match = new RegExp(`^${name}\\s*:\\s*(.+)$`, 'm').exec(info);
      return match ? match[1].trim() : '';
    };
    // Virtual CPUs often report a bare «AMD EPYC»: family/model and clock tell the generation.
    const details = [field('cpu family') && `family ${field('cpu family')} model ${field('model')}`, field('cpu MHz') && `${Math.round(Number(field('cpu MHz')))} MHz`];
    if (/\bhypervisor\b/.test(field('flags'))) details.push('virtual machine');
    cpu = `${field('model name') || cpu} (${details.filter(Boolean).join(', ')})`;
  } catch {
    // Not Linux: os.cpus() already gave the model.
  }
  return {
    cpu,
    cores: os.cpus().length,
    memoryGB: Math.round(os.totalmem() / 1e8) / 10,
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverage: os.loadavg().map((l) => Math.round(l * 100) / 100),
    date: new Date().toISOString(),
  };
}

module.exports = { describeMachine };
