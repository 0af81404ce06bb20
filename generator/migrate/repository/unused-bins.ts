/**
 * Stainless's `bin/` scripts that only Stainless's own build ran: its 2023 `bin/check-test-server`, which its
 * package.json `test` script (`bin/check-test-server && yarn jest`) ran to find Prism. sdkgen's `test` script takes
 * that one's place, so once moved nothing runs the script: it is Stainless's file left behind, and goes as the rest of
 * Stainless's build does. A script something that stays still names (a workflow, the owners' code or scripts, a
 * package.json script of theirs) stays.
 */
import { parseObject, isObject } from '../json-object';
import type { RepoFile } from './checkout-files';
import { REPOSITORY_FILES } from './file-kinds';

/** A script of Stainless's repository tooling (`bin/check-test-server`). */
const BIN_SCRIPT = /^bin\/[^/]+$/;

/**
 * The `bin/` scripts (`#!…`) of `current` that go: each `unedited` (Stainless's text, but for spacing) and named by no
 * file that stays (one not `unedited`, or a repository file: a workflow), by no package.json script that stays, nor by
 * the package's `bin`. A package.json script stays unless it is Stainless's (as its package.json, `stainlessPackage`,
 * has it) and sdkgen's package.json (`generatedPackage`) writes its own of that name.
 */
export function unusedStainlessBins(
  current: RepoFile[],
  stainlessPackage: string | undefined,
  generatedPackage: string | undefined,
  unedited: (file: RepoFile) => boolean,
): Set<string> {
  const stays = (f: RepoFile) => !unedited(f) || REPOSITORY_FILES.some((pattern) => pattern.test(f.path));
  const scriptsOf = (text: string | null | undefined): Record<string, unknown> => {
    const scripts = parseObject(text ?? '')?.scripts;
    return isObject(scripts) ? scripts : {};
  };
  const [stainless, generated] = [scriptsOf(stainlessPackage), scriptsOf(generatedPackage)];
  const manifest = parseObject(current.find((f) => f.path === 'package.json')?.text ?? '');
  const keptScripts = Object.entries(scriptsOf(JSON.stringify(manifest ?? {})))
    .filter(([name, value]) => !(stainless[name] === value && name in generated))
    .map(([, value]) => String(value));
  // A program the package installs (`bin`) is the package.json's to drop (package-bins.ts), not this.
  const bins = JSON.stringify(manifest?.bin ?? null);
  const unused = new Set<string>();
  for (const script of current.filter((f) => BIN_SCRIPT.test(f.path) && f.text?.startsWith('#!') && unedited(f))) {
    const name = script.path.slice('bin/'.length);
    // Named from the root (`bin/check-test-server`), or by a script beside it (`./check-test-server`).
    const named = (f: RepoFile) =>
      f.text !== null && (f.text.includes(script.path) || (f.path.startsWith('bin/') && f.text.includes(name)));
    const namedByFile = current.some(
      (f) => f.path !== script.path && f.path !== 'package.json' && stays(f) && named(f),
    );
    const namedByPackage = bins.includes(name) || keptScripts.some((command) => command.includes(script.path));
    if (!namedByFile && !namedByPackage) unused.add(script.path);
  }
  return unused;
}
