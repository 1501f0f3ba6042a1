#!/usr/bin/env node
// @ts-check
// Compiles lexicons/**/*.tsv into the runtime artifact data/lexicon.bin.
// Usage: npm run compile:lexicons   (npm run build:lexicons re-imports the sources first)
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { readLexiconSources } = require('./read-lexicon-sources');
const { compileLexicon } = require('../dist/lexicon/compile-lexicon');
const { encodeArtifact } = require('../dist/lexicon/artifact-file');

const root = path.resolve(__dirname, '..');
const started = Date.now();
const artifact = compileLexicon(readLexiconSources(root));
const out = path.join(root, 'data', 'lexicon.bin');
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, encodeArtifact(artifact));
const size = (fs.statSync(out).size / 1e6).toFixed(2);
process.stderr.write(`compiled ${artifact.entryTypes.length} entries, ${artifact.counts.forms} forms, ${artifact.counts.words} words → data/lexicon.bin (${size} MB) in ${Date.now() - started} ms\n`);
