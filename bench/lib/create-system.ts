import { SYSTEM_NAMES, type BenchSystem, type SystemName } from './bench-types';
import { createAlamSystem } from './create-alam-system';
import { createNlpjsSystem } from './create-nlpjs-system';
import { createWinkSystem } from './create-wink-system';

export { SYSTEM_NAMES };

export function createSystem(name: SystemName, { dist }: { readonly dist?: string }): BenchSystem {
  switch (name) {
    case 'alam':
      if (dist === undefined) throw new Error('the alam bench system needs the dist folder to load');
      return createAlamSystem({ dist });
    case 'alam-no-model':
      if (dist === undefined) throw new Error('the alam-no-model bench system needs the dist folder to load');
      return createAlamSystem({ dist, model: false });
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

export function isSystemName(name: string): name is SystemName {
  return (SYSTEM_NAMES as readonly string[]).includes(name);
}
