/**
 * planMigration's package.json step, once every other file is decided: sdkgen's package.json merged with the owners'
 * (package-json.ts), keeping the packages and scripts what stays uses, the tool scripts of the runners that stay,
 * and telling of the `bin` entries whose programs nothing builds.
 */
import { ESLINT_CONFIG, withToolScripts } from './test-runner';
import { mergePackageJson, printLike } from './package-json';
import { packageOfProgram, type LockfileAbove } from './program-packages';
import { ownersPackageScripts, packagesRunBy, runContext } from './programs-run';
import { unbuiltBinReason, unbuiltBins } from './package-bins';
import { libLeavesOutDom } from './compiler-options';
import { ownersCallers, scriptsRunByOwners } from '../owners/removed-calls';
import type { ExportedSubpath } from '../repository/subpaths';
import type { RepoFile } from '../repository/checkout-files';
import type { MigrationPlan } from '../migration-plan';

/** What the merge keeps: the packages and scripts the owners' code, configs and scripts use. */
export interface PackageJsonUses {
  current: RepoFile[];
  renderedPaths: ReadonlySet<string>;
  /** Stainless's package.json (the base's, else its items told by blame), to tell the owners' changes from. */
  stainlessPackage: string | null;
  /** The packages package.json lists, installed ones (their bins) and the lockfiles above the SDK's folder. */
  listedPackages: ReadonlySet<string>;
  installed: ReadonlyMap<string, string> | undefined;
  lockfilesAbove: readonly LockfileAbove[] | undefined;
  /** The packages the owners' code imports, and those the configs that stay name. */
  importedPackages: ReadonlySet<string>;
  configPackages: ReadonlySet<string>;
  /** Stainless's package scripts the owners' edited scripts call (owners/edited-scripts.ts). */
  calledPackageScripts: Record<string, string>;
  /** The owners' own test, lint and format configs. */
  ownConfigs: readonly string[];
  /** The owners' code compiles; code carried into sdkgen's modules uses Node's globals. */
  ownCode: boolean;
  carriedNode: boolean;
  /** Stainless's tsconfig.json (the base's), kept for the owners' code where sdkgen's is stricter. */
  stainlessTsconfig: string | undefined;
}

/** Writes the merged package.json in place of sdkgen's in `plan.writes`; returns the subpaths the owners export. */
export function mergePackageJsonInPlan(
  plan: MigrationPlan,
  packageJson: { generated: string; current: string; theirs?: string },
  uses: PackageJsonUses,
): ExportedSubpath[] {
  const { current, listedPackages, stainlessPackage, calledPackageScripts } = uses;
  // The packages the configs that stay name are theirs to keep, as their code's imports are (Jest and its
  // transform, ESLint's plugins, the environment their Vitest config runs their tests in).
  // Stainless's scripts their workflows, scripts and own scripts run (`yarn tsn scripts/seed.ts`) stay too.
  // A program's package is found by its bins (`tsc`: typescript), installed, in a lockfile, or well known.
  const packageOf = packageOfProgram(listedPackages, uses.installed ?? new Map(), current, uses.lockfilesAbove);
  const ownersScripts = { ...ownersPackageScripts(packageJson.current, stainlessPackage), ...calledPackageScripts };
  const packages = { listed: listedPackages, packageOf, ownersScripts };
  const callers = ownersCallers(current, plan, packageJson.generated, packages, uses.renderedPaths);
  const run = scriptsRunByOwners(callers);
  // …and those each workflow and script that stays, and package.json's scripts of theirs, run (`npx prettier`).
  const scriptsRun = packagesRunBy(callers.files, ownersScripts, packageOf, runContext(current, packageJson.generated));
  plan.unknownPrograms = [...run.unknown, ...scriptsRun.unknown];
  const keptPackages = new Set([
    ...uses.importedPackages,
    ...uses.configPackages,
    ...run.packages,
    ...scriptsRun.packages,
  ]);
  const keepScripts = [...run.names, ...Object.keys(calledPackageScripts)];
  const merged = mergePackageJson(packageJson.generated, packageJson.current, stainlessPackage, keptPackages, {
    keepCompiler: uses.ownCode,
    keepScripts,
    // (the tsconfig kept below for the owners' code leaves DOM's types out as Stainless's did)
    nodeTypes: (uses.ownCode || uses.carriedNode) && libLeavesOutDom(uses.stainlessTsconfig),
  });
  withToolScripts(merged.json, packageJson.generated, {
    jest: plan.testRunner !== null,
    jestScript: plan.testRunner?.script,
    eslint: [...plan.keptConfigs, ...uses.ownConfigs].some((path) => ESLINT_CONFIG.test(path)),
  });
  plan.packageJson = { kept: merged.kept, dropped: merged.dropped, rewritten: merged.rewritten };
  const at = plan.writes.findIndex((f) => f.path === 'package.json');
  const contents = printLike(packageJson.generated, merged.json, packageJson.theirs);
  plan.writes[at] = { path: 'package.json', contents };
  const paths = new Set([...uses.renderedPaths, ...current.map((f) => f.path)]);
  for (const [name, target] of unbuiltBins(plan.writes[at].contents, paths))
    plan.needsHand.push({ path: 'package.json', reason: unbuiltBinReason(name, target) });
  return merged.subpaths;
}
