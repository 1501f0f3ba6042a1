// @ts-check
'use strict';
const fs = require('fs');
const path = require('path');

/**
 * The read-only shared data folder: `$ALAM_SHARED`, else `../shared` beside the repository root
 * (a CI clone gets a copy of shared/ laid beside it).
 * @returns {string}
 */
function resolveSharedDir() {
  const dir = process.env.ALAM_SHARED ? path.resolve(process.env.ALAM_SHARED) : path.resolve(__dirname, '../../../shared');
  if (!fs.existsSync(path.join(dir, 'sources'))) {
    throw new Error(`shared data folder not found: ${dir} has no sources/ (set ALAM_SHARED to the shared/ folder)`);
  }
  return dir;
}

/** @param {...string} parts */
function sharedPath(...parts) {
  return path.join(resolveSharedDir(), ...parts);
}

/** Root of the lexicons folder of this repository. */
const LEXICON_DIR = path.resolve(__dirname, '../../lexicons');

module.exports = { resolveSharedDir, sharedPath, LEXICON_DIR };
