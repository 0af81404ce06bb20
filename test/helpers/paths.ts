import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** The shared folder beside the checkout (corpus, specs), as in CI. */
export const SHARED = path.resolve(ROOT, '../shared');
export const TSC = path.join(ROOT, 'node_modules/.bin/tsc');
export const TMP = path.join(ROOT, 'test/.tmp');
