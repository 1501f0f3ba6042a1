import { join } from 'node:path';

/**
 * Where alam's files are. This module sits at the top of src/ so that its folder is dist/ both when
 * it runs as its own file (dist/package-paths.js) and inside the bundle the package entries load
 * (dist/alam.js, scripts/bundle-dist.js), and src/ under the tests: a path written relative to a
 * deeper module's `__dirname` would point elsewhere from inside the bundle.
 */
export const MODULES_DIR = __dirname;
/** The package's root: package.json, data/. */
export const PACKAGE_ROOT = join(__dirname, '..');
/** The compiled lexicon and the tagger's model. */
export const DATA_DIR = join(PACKAGE_ROOT, 'data');
