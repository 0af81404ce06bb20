/**
 * The subpaths a migrated package exports beside sdkgen's own (`<pkg>/realtime`, built from the owners'
 * `src/lib/realtime/index.ts`), resolved to their sources where sdkgen's `<pkg>/*` is resolved to `src/*`: in
 * tsconfig.json's `paths` (for tsc and editors) and in vitest.config.mjs's aliases (for the tests), so that the owners'
 * tests and examples that import the package by its name keep working.
 */
import { quoteString } from '../../emit/typescript/print-doc';
import { isObject, jsoncComments, parseJsoncObject } from '../json-object';
import { printLike } from '../package/package-json';
import { escapeRegExp } from '../../escape-regexp';

export interface ExportedSubpath {
  /** As package.json's `exports` names it: `./realtime`. */
  subpath: string;
  /** The module it is built from, under src/ and without extension: `lib/realtime/index`. */
  module: string;
}

/** Where sdkgen's vitest.config.mjs maps the package's subpaths to src/: the exported ones go before it. */
const WILDCARD_ALIAS = /^([ \t]*)\{ find: new RegExp\(`\^\$\{name\}\/\(\.\*\)\$`\)/m;

/**
 * `writes` with tsconfig.json and vitest.config.mjs mapping each exported subpath to its source; `files` tells
 * which sources exist, `ownersFiles` which of `writes` are the owners' own, never rewritten. Returns what could not
 * be mapped, for the report.
 */
export function mapExportedSubpaths(
  writes: Array<{ path: string; contents: string }>,
  packageName: string,
  subpaths: ExportedSubpath[],
  files: { has(path: string): boolean },
  ownersFiles: readonly string[] = [],
): Array<{ path: string; reason: string }> {
  const mapped = subpaths
    .filter(({ subpath }) => /^\.\/[^*]+$/.test(subpath))
    .map(({ subpath, module }) => ({ subpath: subpath.slice(2), source: `${module}.ts` }))
    .filter(({ source }) => files.has(`src/${source}`));
  if (mapped.length === 0) return [];
  const unmapped: Array<{ path: string; reason: string }> = [];

  const tsconfig = writes.findIndex((f) => f.path === 'tsconfig.json');
  // Read as tsc reads it (JSONC); one with comments (the owners', re-applied) is not rewritten, which would drop them,
  // nor one that is the owners' own, kept byte for byte.
  const text = tsconfig < 0 ? '' : writes[tsconfig].contents;
  const untouchable = jsoncComments(text).length > 0 || ownersFiles.includes('tsconfig.json');
  const config = tsconfig < 0 || untouchable ? null : parseJsoncObject(text);
  const options = config !== null && isObject(config.compilerOptions) ? config.compilerOptions : null;
  if (options !== null && isObject(options.paths)) {
    // Exact entries first: TypeScript takes an exact match over the `<pkg>/*` pattern either way.
    const exact = Object.fromEntries(
      mapped.map(({ subpath, source }) => [`${packageName}/${subpath}`, [`./src/${source}`]]),
    );
    options.paths = { ...exact, ...options.paths };
    writes[tsconfig] = { path: 'tsconfig.json', contents: printLike(writes[tsconfig].contents, config!) };
  } else if (tsconfig >= 0) {
    unmapped.push({
      path: 'tsconfig.json',
      reason: exportedSubpathsReason(packageName, mapped, 'compilerOptions.paths'),
    });
  }

  const vitest = writes.findIndex((f) => f.path === 'vitest.config.mjs');
  const anchor = vitest < 0 ? null : WILDCARD_ALIAS.exec(writes[vitest].contents);
  if (anchor !== null) {
    const indent = anchor[1];
    const lines = mapped.map(
      ({ subpath, source }) =>
        `${indent}{ find: new RegExp(\`^\${name}\` + ${quoteString(`/${escapeRegExp(subpath)}$`)}), ` +
        `replacement: src + ${quoteString(source)} },\n`,
    );
    const text = writes[vitest].contents;
    const at = anchor.index;
    writes[vitest] = { path: 'vitest.config.mjs', contents: `${text.slice(0, at)}${lines.join('')}${text.slice(at)}` };
  } else if (vitest >= 0) {
    unmapped.push({ path: 'vitest.config.mjs', reason: exportedSubpathsReason(packageName, mapped, 'resolve.alias') });
  }
  return unmapped;
}

function exportedSubpathsReason(name: string, mapped: Array<{ subpath: string; source: string }>, where: string) {
  const list = mapped.map(({ subpath, source }) => `${name}/${subpath} → src/${source}`).join(', ');
  return `the package exports ${list}: map them in its ${where}, as ${name}/* is mapped to src/*`;
}
