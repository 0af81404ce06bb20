/**
 * The owners' CommonJS `.js` files, which run as their package's type says: an SDK from a Stainless config keeps
 * Stainless's `"type": "commonjs"` (its dist/ says `module` for sdkgen's ES modules in it), so they run unchanged;
 * a package.json that says `"type": "module"` (the owners' own, say) would run them as ES modules.
 */
import { withoutComments } from '../repository/imports';

/** Why an owners' `.js` file that is CommonJS needs their hand. */
export const COMMON_JS_FILE =
  'is CommonJS (require, module.exports), and the package.json says "type": "module", so Node runs it as an ' +
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
