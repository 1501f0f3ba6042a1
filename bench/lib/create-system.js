'use strict';
const { createAlamSystem } = require('./create-alam-system');
const { createWinkSystem } = require('./create-wink-system');
const { createNlpjsSystem } = require('./create-nlpjs-system');

const SYSTEM_NAMES = ['alam', 'wink', 'nlpjs', 'nlpjs-sentence'];

function createSystem(name, { dist }) {
  switch (name) {
    case 'alam':
      return createAlamSystem({ dist });
    case 'wink':
      return createWinkSystem();
    case 'nlpjs':
      return createNlpjsSystem();
    case 'nlpjs-sentence':
      return createNlpjsSystem({ perSentence: true });
    default:
      throw new Error(`unknown bench system ${JSON.stringify(name)}; expected one of ${SYSTEM_NAMES.join(', ')}`);
  }
}

module.exports = { createSystem, SYSTEM_NAMES };
