/**
 * planMigration's client step: Stainless's client methods that the owners made theirs (client-hooks.ts), carried into
 * sdkgen's client class, or into sdkgen's core class where Stainless's client class is that class re-exported under
 * its name (hooks-home.ts); their missing-credential checks into sdkgen's core class (credential-check.ts).
 */
import { CLIENT_MODULE, ownersClientHooks, withHooks, type CarriedHooks } from './client-hooks';
import { CORE_SETTING_DONE } from './client-constructor';
import { CORE_MODULE } from './credential-check';
import { hooksHome, withAddedMethods, type HooksHome } from './hooks-home';
import { withOptionsFromClient } from './client-options';
import type { RepoFile } from '../repository/checkout-files';
import type { MigrationPlan } from '../migration-plan';

export interface ClientHooksPlan {
  /** The hooks as found in Stainless's client module; null: none. */
  hooks: (CarriedHooks & { module: string }) | null;
  /** The module and class of sdkgen's they go into. */
  home: HooksHome | null;
  /** The hooks as they go there (with the class's name there). */
  homeHooks: (CarriedHooks & { module: string }) | null;
  /** Whether they can be carried there (known before the plan reaches that module). */
  homeCarried: boolean;
  /** Whether their lines around Stainless's JSON parse leave its module with them. */
  parseCarried: boolean;
}

/** The owners' client hooks and where they go; `editedByOwners` tells a Stainless module whose code they changed. */
export function clientHooksPlan(
  base: { texts: ReadonlyMap<string, string> } | null,
  byPath: ReadonlyMap<string, RepoFile>,
  editedByOwners: (file: RepoFile) => boolean,
  rendered: ReadonlyArray<{ path: string; contents: string }>,
): ClientHooksPlan {
  const core = rendered.find((f) => f.path === CORE_MODULE)?.contents ?? null;
  const hooks = ownersClientHooks(base, byPath, editedByOwners, core);
  // (Their lines around Stainless's JSON parse leave its module only when the client class takes its methods.)
  const renderedClient = rendered.find((f) => f.path === CLIENT_MODULE)?.contents;
  // (The class Stainless's client hooks were in may be sdkgen's core class, re-exported under Stainless's name.)
  const home =
    hooks === null || renderedClient === undefined
      ? null
      : hooksHome(
          hooks.className,
          { path: CLIENT_MODULE, text: renderedClient },
          core === null ? null : { path: CORE_MODULE, text: core },
        );
  const homeHooks =
    hooks !== null && home !== null ? withAddedMethods(hooks, home, base?.texts.get(hooks.module)) : hooks;
  const homeText = home?.path === CORE_MODULE ? (hooks?.core?.text ?? core) : renderedClient;
  // (Known before the loop reaches that module: client.ts's edits to re-apply are what the carried methods leave.)
  const homeCarried =
    homeHooks !== null && homeText !== undefined && homeText !== null && withHooks(homeText, homeHooks) !== null;
  const parseCarried = homeHooks?.parse !== undefined && homeCarried;
  return { hooks, home, homeHooks, homeCarried, parseCarried };
}

/** sdkgen's `file` with the hooks that go into it, recording in `plan` what was carried or needs a person. */
export function withClientHooksCarried<F extends { path: string; contents: string }>(
  plan: MigrationPlan,
  sdkgenFile: F,
  { hooks, home, homeHooks }: ClientHooksPlan,
): F {
  let file = sdkgenFile;
  // Their missing-credential checks and those credentials' fields, in sdkgen's core class (client-core.ts).
  if (hooks?.core && file.path === CORE_MODULE) {
    file = { ...file, contents: hooks.core.text };
    plan.carriedHooks.push(...hooks.core.names.map((name) => `${CORE_MODULE}: ${name} (from ${hooks.module})`));
  }
  if (homeHooks !== null && file.path === (home?.path ?? CLIENT_MODULE)) {
    // Their statements setting what sdkgen's core class sets (client-constructor.ts): done, with the test showing it.
    for (const _ of homeHooks.doneInCore ?? [])
      plan.doneBySdkgen.push({ path: homeHooks.module, ...CORE_SETTING_DONE });
    const contents = withHooks(file.contents, homeHooks);
    const names = [
      ...homeHooks.methods.map((m) => m.name),
      ...(homeHooks.fields ?? []).map((f) => f.name),
      ...(homeHooks.optionLines ? ['ClientOptions'] : []),
    ];
    if (contents === null)
      plan.needsHand.push({
        path: homeHooks.module,
        reason:
          `your ${names.join(', ')} (Stainless's client, changed by you or calling a module you changed) could ` +
          `not be carried into sdkgen's client class ${homeHooks.className}: add it there as an override`,
      });
    else {
      file = { ...file, contents };
      // (A member carried from another module of theirs names it: the report's reader looks for it there.)
      const path = file.path;
      const from = (name: string) =>
        name === 'parseJSON' && homeHooks.parse
          ? ` (from ${homeHooks.parse.module})`
          : path !== homeHooks.module
            ? ` (from ${homeHooks.module})`
            : '';
      plan.carriedHooks.push(...names.map((name) => `${path}: ${name}${from(name)}`));
    }
  }
  // (The owners' options are declared in client.ts then: the package exports them from there.)
  if (hooks?.optionLines && file.path === 'src/index.ts' && (home?.path ?? CLIENT_MODULE) === CLIENT_MODULE)
    file = { ...file, contents: withOptionsFromClient(file.contents) ?? file.contents };
  return file;
}

/** What of the owners' edits of `path` is left to re-apply once the carried hooks are taken out of it. */
export function editsLeftByHooks(
  plan: MigrationPlan,
  path: string,
  text: string,
  { hooks, homeHooks, homeCarried, parseCarried }: ClientHooksPlan,
): string {
  // The carried client methods are not edits to place again.
  return homeHooks?.module === path && (plan.carriedHooks.length > 0 || homeCarried)
    ? homeHooks.editedRest
    : hooks?.parse?.module === path && parseCarried
      ? hooks.parse.editedRest
      : text;
}
