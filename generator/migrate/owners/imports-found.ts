/**
 * The owners' code in the new SDK (plan.ts's pass once every file's fate is settled): each of their modules must still
 * find the files and names it imports, and a module made of what they added to a test of Stainless's is written.
 */
import { putWrite, type MigrationPlan } from '../migration-plan';
import { COMMON_JS_FILE, isCommonJsFile } from '../package/commonjs';
import { stainlessShaped } from '../package/package-json';
import { parseObject } from '../json-object';
import { builtFrom, importsOf, importTarget, namesNotExported, resolves } from '../repository/imports';
import type { RepoFile } from '../repository/checkout-files';
import type { ExportedSubpath } from '../repository/subpaths';

export interface OwnersCode {
  current: RepoFile[];
  byPath: ReadonlyMap<string, RepoFile>;
  /** The owners' modules, with what they added to Stainless's tests they keep. */
  ownCode: RepoFile[];
  /** The package's published name: its own imports by that name are its src/. */
  packageName: string | null;
  exportedSubpaths: ExportedSubpath[];
  /** The owners' files where sdkgen writes one: they stay, for a person to move. */
  ownAtSdkgensPaths: string[];
  /** The bot's custom code, without its banner (owners/bot-custom-code.ts). */
  unbannered: ReadonlyMap<string, string>;
}

export function checkOwnersImports(plan: MigrationPlan, code: OwnersCode): void {
  const { current, byPath, ownCode, packageName, exportedSubpaths, ownAtSdkgensPaths, unbannered } = code;
  const keptSubPackages = plan.keptSubPackages;
  const present = new Set([
    ...plan.writes.map((f) => f.path),
    ...plan.kept,
    ...plan.keptRepositoryFiles,
    ...plan.keptImported,
    ...plan.keptCalledScripts,
    ...current.map((f) => f.path).filter((path) => keptSubPackages.some((dir) => path.startsWith(dir))),
    // The owners' files where sdkgen writes one stay too (theirs, for a person to move).
    ...ownAtSdkgensPaths,
  ]);
  const keptAsIs = new Set(plan.kept);
  const written = new Map(plan.writes.map((f) => [f.path, f.contents]));
  // Their .js files run as the package's type says: CommonJS, as Stainless's was, unless the package says otherwise.
  const esModulePackage = parseObject(written.get('package.json') ?? '')?.type === 'module';
  const exports = new Map<string, Set<string> | null>();
  for (const file of ownCode) {
    if (file.text === null || !present.has(file.path)) continue;
    const text = file.text;
    const imports = importsOf(file.text);
    for (const specifier of imports) {
      // The package by its own name is its src/ (tsconfig.json's `paths`, Vitest's alias), as tests import it.
      const target = importTarget(file.path, specifier, packageName, exportedSubpaths);
      if (target === null) continue;
      if (target === 'package.json' && /\bexports\b/.test(file.text) && !stainlessShaped(written.get('package.json')))
        plan.needsHand.push({
          path: file.path,
          reason:
            "reads package.json's exports, which sdkgen writes in its own shape: each entry has `import` and " +
            '`require` conditions, each `{ types, default }` (dist/ for ESM, dist/cjs/ for CommonJS), where ' +
            "Stainless's had `{ types, import, require }` strings",
        });
      // The owners' imports of Stainless's build (`../dist/index.mjs`, `require('../dist/index.js')`) find the
      // same paths in sdkgen's: its build of an SDK from a Stainless config writes them (BuildView.stainlessDist).
      const builtOutput = target === 'dist' || target.startsWith('dist/');
      if (builtOutput && !builtFrom(target.slice('dist/'.length), present))
        plan.needsHand.push({
          path: file.path,
          reason:
            `imports the build output '${specifier}', which sdkgen's build does not write: it writes ` +
            'dist/<module>.js and dist/<module>.mjs (ESM) and dist/cjs/<module>.js (CommonJS), from src/<module>.ts',
        });
      // (An import that found nothing before the migration either, a leftover of Stainless's, is none of its doing.)
      else if (!builtOutput && !resolves(target, present) && resolves(target, byPath))
        plan.needsHand.push({ path: file.path, reason: `imports '${specifier}', which the new SDK does not have` });
    }
    // And the names it takes from them (`castToError` from the older generator's `core`, which sdkgen's has not).
    for (const reason of namesNotExported({ path: file.path, text }, packageName, exportedSubpaths, written, exports))
      plan.needsHand.push({ path: file.path, reason });
    if (esModulePackage && isCommonJsFile(file.path, text))
      plan.needsHand.push({ path: file.path, reason: COMMON_JS_FILE });
    // A module made of what the owners added to a test of Stainless's is written (never a file of theirs as it is).
    if (text !== byPath.get(file.path)?.text && keptAsIs.has(file.path))
      putWrite(plan.writes, { path: file.path, contents: text });
  }
  const rewritten = new Set(plan.writes.map((f) => f.path));
  plan.kept = plan.kept.filter((path) => !rewritten.has(path));
  plan.botBannerRemoved = [...unbannered.keys()].filter((path) => rewritten.has(path) && keptAsIs.has(path));
}
