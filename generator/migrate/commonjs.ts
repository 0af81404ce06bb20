/**
 * The owners' CommonJS, which sdkgen's package changes under: its package.json says `"type": "module"` (Stainless's
 * left the type out, or said `commonjs`), so Node runs their `.js` files as ES modules; and its `dist/` holds ES
 * modules, the CommonJS build being `dist/cjs/` (Stainless's `dist/<module>.js` was CommonJS).
 */
import { withoutComments } from './imports';

/** Why an owners' `.js` file that is CommonJS needs their hand. */
export const COMMON_JS_FILE =
  'is CommonJS (require, module.exports), and sdkgen\'s package.json says "type": "module", so Node runs it as an ' +
  'ES module and it fails: rename it to .cjs (and what runs it), or write it with import and export';

/** Whether `path` is a `.js` file written as CommonJS: it requires or sets exports, and imports or exports nothing. */
export function isCommonJsFile(path: string, text: string): boolean {
  if (!path.endsWith('.js')) return false;
  const code = withoutComments(text);
  return (
    /\brequire\(\s*['"]|\bmodule\.exports\b|\bexports\.[\w$]+\s*=/.test(code) &&
    !/^\s*(?:import\s*[\w*{'"]|export\s)/m.test(code)
  );
}

/**
 * The specifier to require instead when `text` requires `specifier`, which names Stainless's CommonJS build of a
 * module (`target`, a path in the repository: `dist/index.js`, `dist/resources`): sdkgen's build of it
 * (`../dist/cjs/index.js`). Null otherwise.
 */
export function commonJsBuildSpecifier(text: string, specifier: string, target: string): string | null {
  const stainlessBuild =
    (target === 'dist' || target.startsWith('dist/')) &&
    !(target === 'dist/cjs' || target.startsWith('dist/cjs/')) &&
    !/\.(?:mjs|d\.ts)$/.test(target);
  const required = text.includes(`require('${specifier}')`) || text.includes(`require("${specifier}")`);
  return stainlessBuild && required ? specifier.replace(/(^|\/)dist(?=\/|$)/, '$1dist/cjs') : null;
}
