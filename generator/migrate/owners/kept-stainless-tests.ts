/**
 * A test module of Stainless's the owners edited, where sdkgen writes none: it stays theirs, whole, when what it tests
 * stays; else the tests they added to it stay (added-tests.ts), when those test what stays. A test of what goes (its
 * runtime, replaced by sdkgen's) goes with it, and the owners' change to it is told of as such.
 */
import { ownersPartOfTest, withoutStainlessBanner } from './added-tests';
import { testsReplacedRuntime } from './rewritten-module';
import { packageOf } from '../package/package-json';
import { TEST_RUNNERS } from '../repository/file-kinds';
import { importsOf, importTarget, resolvedPath, resolves } from '../repository/imports';

/** What tells whether a test's imports stay in the migrated repository. */
export interface TestedModules {
  packageName: string | null;
  byPath: { has(path: string): boolean };
  renderedPaths: ReadonlySet<string>;
  /** The packages the owners' code imports (they stay in package.json). */
  importedPackages: ReadonlySet<string>;
  /** Whether the repository's file at `path` stays (sdkgen writes it, the owners' code imports it, or it is theirs). */
  stays: (path: string) => boolean;
  /** Whether the repository's file at `path` was edited in its code. */
  codeEdited: (path: string) => boolean;
}

/**
 * `text`: what stays of the test `file` (Stainless's, as `pristine`), without Stainless's banner; null when nothing
 * does. `whole`: the whole module stays. `ofWhatGoes`: nothing stays and it tests what goes.
 */
export function keptStainlessTest(
  file: { path: string; text: string },
  pristine: string | undefined,
  modules: TestedModules,
): { text: string | null; whole: boolean; ofWhatGoes: boolean } {
  const { packageName, byPath, renderedPaths, stays } = modules;
  const specifierStays = (specifier: string) => {
    const target = importTarget(file.path, specifier, packageName);
    if (target === null)
      return modules.importedPackages.has(packageOf(specifier) ?? '') || TEST_RUNNERS.test(specifier);
    const path = resolvedPath(target, byPath);
    return path !== null ? stays(path) : resolves(target, renderedPaths);
  };
  // Theirs whole when what it tests stays; else the tests they added to it, when those test what stays.
  const runtimeEdited = (p: string) => byPath.has(p) && modules.codeEdited(p);
  const ofRuntime = testsReplacedRuntime(file, packageName, renderedPaths, runtimeEdited);
  const whole = importsOf(file.text).every(specifierStays) && !ofRuntime;
  const text = whole
    ? withoutStainlessBanner(pristine, file.text)
    : ownersPartOfTest(pristine, file.text, specifierStays);
  // Else it goes, and a change of theirs to Stainless's tests of what goes (its runtime, replaced) is listed so.
  const goes = (specifier: string) => {
    const target = importTarget(file.path, specifier, packageName);
    const path = target === null ? null : resolvedPath(target, byPath);
    return path !== null && !stays(path);
  };
  return { text, whole, ofWhatGoes: !text && (ofRuntime || importsOf(file.text).some(goes)) };
}
