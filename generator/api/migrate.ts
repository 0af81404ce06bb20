/**
 * `migrate()`: a checkout of a Stainless-generated SDK repository becomes an sdkgen SDK, in place. sdkgen's output
 * is rendered from the spec and the Stainless config (as `generate` does), the repository's files are sorted out
 * by ../migrate/plan.ts, and the result is written with a manifest that names sdkgen's own text of every file it
 * now owns, so that later `sdkgen generate` runs merge the owners' edits (re-applied ones included) as for any
 * sdkgen SDK. The repository must be a git work tree with no uncommitted changes to tracked files: every file
 * this replaces or removes stays in git's history. The spec and config are copied in where they are outside it
 * (../migrate/inputs/place.ts), and the lockfile is brought up to date by its package manager (../migrate/package/lockfile.ts),
 * so that a complete migration leaves nothing for a person but review. Stainless's local CLI's workspace
 * (`stainless/workspace.json`, ../migrate/repository/stlc.ts) names the spec, the config and the SDK's folder.
 */
import { mockServerOfRepositoryScripts, ownersPrismFork } from '../migrate/repository/mock-server';
import { dropPrismForkDone } from '../migrate/reapply/prism-fork-done';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostics';
import type { MockServer } from '../emit/mock-server';
import { writtenSince } from '../file-stamp';
import { generate as runPipeline } from '../generate';
import { VITEST_CONFIG } from '../migrate/package/test-runner';
import { DERIVED_CONFIG_PATH, type DerivedConfig } from '../migrate/derived-config/config';
import { withStainlessApiMd } from '../migrate/derived-config/stainless-lines';
import { generationsSince } from '../migrate/repository/generations';
import { planPythonMigrationIn } from '../migrate/python/from-repository';
import { releasedVersion } from '../migrate/python/project/released-version';
import { derivedPythonConfigFile } from '../migrate/python/derived-config/derived-config';
import { planMigration, type MigrationPlan } from '../migrate/plan';
import { formatCarriedEdits, formatterOfKey } from '../migrate/format-carried';
import { measuredWhereWritten, staleEditsNotice } from '../migrate/repository/stale-output';
import {
  dropMultipartCovered,
  ownersEncoderPatch,
  patchEncodingsNotice,
  withPatchEncodings,
} from '../migrate/reapply/multipart-covered';
import { parserLoads } from '../migrate/reapply/parses';
import { placeInputs } from '../migrate/inputs/place';
import { migratedInputsDigest } from '../migrate/inputs/digest';
import { updateLockfiles, workspaceLockfiles, type LockfileUpdate } from '../migrate/package/lockfile';
import { latestCustomCode, sdkFolders } from '../migrate/repository/stlc';
import {
  commitOf,
  fetchStainlessRefs,
  findStainlessBase,
  generatedFrom,
  git,
  statsSpecUrl,
} from '../migrate/repository/stainless-repo';
import {
  isGitWorkTree,
  readInstalledManifests,
  readLockfilesAbove,
  readRepoFiles,
  uncommittedChanges,
} from '../migrate/repository/checkout-files';
import { eraOfRepository, pythonEraOfRepository } from '../migrate/repository/era';
import { pythonImportName } from '../migrate/python/import-name';
import { stainlessPackageItems } from '../migrate/package/stainless-items';
import { MANIFEST_PATH, manifestInputs, manifestText } from '../write/manifest';
import { isProtected } from '../write/write';
import type { Formatter } from './define-config';
import { SpecError, UsageError } from './errors';
import { withInputs } from './generate';
import { isUrl } from './inputs';
import { deriveConfig, fromRepoSurface, pythonSpecSchemas } from './migrate-config-from-repo';
import {
  gitRoot,
  inRepository,
  isStainlessSdk,
  looksLikeStainless,
  otherLanguage,
  stlcWorkspace,
} from './migrate-repository';
import { writeMigration } from './migrate-write';

export interface MigrateOptions {
  /** The repository folder (default: cwd). */
  repo?: string;
  /** The spec; default: `.stainless/openapi.*` or `openapi.*` in the repository, else `.stats.yml`'s spec URL. */
  spec?: string | null;
  /** The Stainless config; default: `.stainless/stainless.yml`, `stainless.yml` or `openapi.stainless.yml` there. */
  config?: string | null;
  /**
   * Stainless's local CLI's workspace (the folder holding `workspace.json`, or a folder with `stainless/` in it);
   * default: `stainless/` in the repository, or at the root of the git work tree holding it.
   */
  workspace?: string | null;
  /** Bring the lockfile up to date with its package manager (default true); false: leave it, say the command. */
  lockfile?: boolean;
  /** Stainless's pristine output (a commit, branch or tag); default: found on the `generated` branch. */
  base?: string | null;
  formatter?: Formatter | null;
  /** Also when tracked files have uncommitted changes. */
  allowDirty?: boolean;
  /** Say what would happen; write nothing. */
  dryRun?: boolean;
  /**
   * Write the Stainless config from what the repository records (api.md, page classes, client) and generate from it,
   * though one is found (one older than the repository's last generation); `stainless.yml` must not exist.
   */
  fromRepo?: boolean;
  /** The era whose forms to write (stainless/era.ts), a `YYYY-MM-DD` day or null (the newest); default: inferred. */
  stainlessEra?: string | null;
  cwd?: string;
  onNotice?: (message: string) => void;
}

export interface MigrateResult extends Omit<MigrationPlan, 'generated' | 'lockfiles'> {
  repo: string;
  spec: string;
  config: string | null;
  /**
   * The Stainless config written from what the repository records (its api.md and page classes), where none was
   * given or found; null otherwise.
   */
  derivedConfig: (Pick<DerivedConfig, 'counts' | 'notes' | 'text' | 'unmodelled'> & { path: string }) | null;
  /** The base the hand edits were measured against, or null (then files with Stainless's header are Stainless's). */
  base: { ref: string; commit: string } | null;
  /** The spec and config copied into the repository (`to` relative to it): they were outside it, or at a URL. */
  copiedInputs: Array<{ from: string; to: string }>;
  /** Each lockfile, and what was done to bring it up to date with the new package.json. */
  lockfileUpdates: LockfileUpdate[];
  /** Stainless's local CLI's workspace read (absolute paths), and its custom-code record used; null: none. */
  stlc: { workspace: string; customCode: string | null } | null;
  /** The era whose forms were written (a `YYYY-MM-DD` day; null: the newest), and whether it was given or inferred. */
  stainlessEra?: { day: string | null; given: boolean };
  /** The mock server the repository's Stainless scripts ran, kept (null: Prism), and the script it was read from. */
  mockServer?: { server: MockServer; script: string | null };
  dryRun: boolean;
  diagnostics: Diagnostic[];
}

const SPEC_NAMES = [
  '.stainless/openapi.yml',
  '.stainless/openapi.yaml',
  '.stainless/openapi.json',
  'openapi.yml',
  'openapi.yaml',
  'openapi.json',
];

export async function migrate(options: MigrateOptions = {}): Promise<MigrateResult> {
  const cwd = options.cwd ?? process.cwd();
  const given = path.resolve(cwd, options.repo ?? '.');
  if (!existsSync(given) || !statSync(given).isDirectory())
    throw new UsageError(`${given}: no such folder`, { code: 'usage', file: given });
  const workspace = stlcWorkspace(given, options.workspace == null ? null : path.resolve(cwd, options.workspace));
  // A monorepo keeping stlc's workspace: the SDK is at its output_path.
  const repo =
    workspace !== null && !looksLikeStainless(given)
      ? (sdkFolders(workspace).find((dir) => isGitWorkTree(dir) && looksLikeStainless(dir)) ?? given)
      : given;
  if (repo !== given)
    options.onNotice?.(
      `${path.relative(cwd, workspace!.dir)}/workspace.json: the SDK is at ${path.relative(cwd, repo)}`,
    );
  for (const warning of workspace?.warnings ?? []) options.onNotice?.(warning);
  if (!isGitWorkTree(repo))
    throw new UsageError(
      `${repo} is not a git work tree: sdkgen migrate replaces and removes Stainless's files, and needs git to keep ` +
        'the old ones (git init && git add -A && git commit, then run it again)',
      { code: 'usage', file: repo },
    );
  if (existsSync(path.join(repo, MANIFEST_PATH)))
    throw new UsageError(`${repo} is an sdkgen SDK already (it has ${MANIFEST_PATH}): run sdkgen generate there`, {
      code: 'usage',
      file: repo,
    });
  const current = readRepoFiles(repo);
  if (!isStainlessSdk(current))
    throw new UsageError(
      `${repo} does not look like a Stainless SDK repository (no .stats.yml at its root, no file under ` +
        "src/ with Stainless's header)" +
        (workspace !== null
          ? `; ${path.join(workspace.dir, 'workspace.json')} has no SDK at its output_path either: run sdkgen ` +
            `migrate in the SDK's repository with --workspace ${workspace.dir}`
          : ''),
      { code: 'usage', file: repo },
    );
  const language = otherLanguage(current);
  // A Stainless Python SDK moves to sdkgen's Python target (migrate/python/plan.ts).
  const pythonPackage = language?.name === 'Python' ? pythonImportName(current) : null;
  if (language !== null && pythonPackage === null)
    throw new UsageError(
      `${repo} is a Stainless SDK, but not a TypeScript or Python one: it has no package.json at its root` +
        `${language.marker ? ` and has ${language.marker} (${language.name})` : ''}` +
        (language.name === 'Python' ? ", and no src/<package>/_client.py with Stainless's header" : '') +
        ". sdkgen makes TypeScript and Python SDKs, and migrate would replace this one's package with one: to make " +
        'an SDK from the same spec and config, run sdkgen generate into a new repository',
      { code: 'usage', file: repo },
    );
  const dirty = uncommittedChanges(repo);
  if (dirty.length > 0 && !options.allowDirty)
    throw new UsageError(
      `${repo} has uncommitted changes (${dirty.slice(0, 3).join(', ')}${dirty.length > 3 ? ', …' : ''}): commit ` +
        'or stash them first, so that every file migrate replaces can be found in git (or pass --allow-dirty)',
      { code: 'usage', file: repo },
    );

  const spec =
    options.spec != null
      ? path.resolve(cwd, options.spec)
      : (workspace?.spec ??
        SPEC_NAMES.map((name) => path.join(repo, name)).find((file) => existsSync(file)) ??
        statsSpecUrl(repo));
  if (spec === null)
    throw new UsageError(`no spec given, and ${repo} has no openapi.yml and no spec URL in .stats.yml: pass --spec`, {
      code: 'usage',
      file: repo,
    });
  const givenConfig = options.config != null ? path.resolve(cwd, options.config) : (workspace?.config ?? null);
  // stlc's record of the output the owners' edits were made on, where there is no `generated` branch.
  const customCode = workspace === null ? null : latestCustomCode(workspace);
  const customCodeRef = customCode && `${inRepository(gitRoot(repo), customCode.file)} (base)`;
  const sealedMissing = customCode !== null && options.base == null && commitOf(repo, customCode.base) === null;
  const fetchSealed =
    `${customCodeRef}: commit ${customCode?.base} is not in this clone (stlc keeps the custom code as commits of ` +
    "the SDK's repository: git fetch origin 'refs/stainless/*:refs/stainless/*', or pass --base)";
  // stlc's commits name the output they carry; a clone has it only once `refs/stainless/*` are fetched.
  const integrated = options.base == null && customCode === null ? generatedFrom(repo) : null;
  if (integrated !== null && commitOf(repo, integrated.base) === null) fetchStainlessRefs(repo);
  const base = (() => {
    try {
      return findStainlessBase(
        repo,
        options.base ?? null,
        customCode && { ref: customCodeRef!, commit: customCode.base },
      );
    } catch (error) {
      throw new UsageError((error as Error).message, { code: 'usage', file: repo });
    }
  })();
  // Without it, the owners' edits to Stainless's files could not be told from its code, and would be replaced.
  if (sealedMissing && base === null) throw new UsageError(fetchSealed, { code: 'usage', file: repo });
  if (sealedMissing) options.onNotice?.(`${fetchSealed}; measured against ${base!.ref} instead`);
  if (base?.stale) options.onNotice?.(base.stale);

  if (options.fromRepo && options.config != null)
    throw new UsageError('--from-repo writes the config from the repository: pass it or --config, not both', {
      code: 'usage',
      file: repo,
    });
  if (options.fromRepo && existsSync(path.join(repo, DERIVED_CONFIG_PATH)))
    throw new UsageError(
      `--from-repo writes ${DERIVED_CONFIG_PATH}, which the repository has: move it (git mv ${DERIVED_CONFIG_PATH} ` +
        'stainless.old.yml && git commit), then run it again',
      { code: 'usage', file: path.join(repo, DERIVED_CONFIG_PATH) },
    );
  const fromStats = options.spec == null && spec === statsSpecUrl(repo);
  // The owners' Vitest config stays theirs, in effect: sdkgen's for its generated tests goes beside it, by another name.
  const ownersVitest = pythonPackage === null && current.some((f) => VITEST_CONFIG.test(f.path));
  // The forms of the era of Stainless's SDK here (`Record<string, unknown>`, no `@example`): kept, so that the move
  // shows only what truly changed; recorded in the manifest for every regeneration (stainless/era.ts).
  const stainlessEra =
    options.stainlessEra !== undefined
      ? options.stainlessEra
      : pythonPackage === null
        ? eraOfRepository(repo, base, current)
        : pythonEraOfRepository(repo, base, current, pythonPackage);
  // The mock server the repository's Stainless scripts ran (Steady, or Prism): its scripts keep running it, recorded in
  // the manifest for every regeneration (migrate/repository/mock-server.ts).
  const scriptsMock = ownersPrismFork(
    mockServerOfRepositoryScripts(
      (file) => base?.texts.get(file) ?? current.find((f) => f.path === file)?.text ?? null,
    ),
    mockServerOfRepositoryScripts((file) => current.find((f) => f.path === file)?.text ?? null),
  );
  for (const warning of scriptsMock.warnings) options.onNotice?.(warning);
  const mockServer = scriptsMock.server;
  // (A Python package's released version is recorded too: every regeneration writes it, as the migration does.)
  const target =
    pythonPackage === null
      ? {}
      : {
          target: 'python',
          pythonPackage,
          packageVersion: releasedVersion(new Map(current.map((f) => [f.path, f]))),
        };
  const moved = withInputs(
    { spec, config: givenConfig ?? undefined, cwd: repo },
    async ({ source, config }, gathered) => {
      // Without the config file (it lived in Stainless's dashboard), the one the repository records is written.
      // (api.md and the page classes are read as Stainless's TypeScript SDKs write them.)
      const write = config.file === null || options.fromRepo === true;
      const laterGenerations = base ? generationsSince(repo, base.since ?? base.commit) : undefined;
      const derived = !write
        ? null
        : pythonPackage === null
          ? await deriveConfig(
              withStainlessApiMd(current, base, laterGenerations),
              source.path,
              base ? (file) => base.texts.get(file) : undefined,
            )
          : derivedPythonConfigFile(
              current,
              pythonPackage,
              await pythonSpecSchemas(current, source.path),
              // (Undocumented methods are read from the modules of Stainless's generation, not the bot's custom code.)
              base ? (file) => base.texts.has(file) : undefined,
              base ? (file) => base.texts.get(file) : undefined,
            );
      if (config.file === null && derived === null)
        options.onNotice?.('no Stainless config given or found: generating from the spec alone (pass --config)');
      if (options.fromRepo && derived === null)
        throw new UsageError('--from-repo: the repository has no api.md listing a method to write a config from', {
          code: 'usage',
          file: repo,
        });
      if (derived) {
        const { resources, methods, models, schemes } = derived.config.counts;
        options.onNotice?.(
          `${config.file === null ? 'no Stainless config given or found' : `--from-repo (over ${path.relative(repo, config.file)})`}: ` +
            `${options.dryRun ? 'would write' : 'writing'} ${DERIVED_CONFIG_PATH} ` +
            `from ${pythonPackage === null ? 'api.md and the page classes' : 'api.md, the client and pyproject.toml'} ` +
            `(${resources} resources, ${methods} methods, ${models} models, ` +
            `${schemes} pagination schemes): review it`,
        );
        for (const note of derived.config.notes) options.onNotice?.(`${DERIVED_CONFIG_PATH}: ${note}`);
      }
      const configFile = derived ? path.join(repo, DERIVED_CONFIG_PATH) : config.file;
      const result = await (async () => {
        try {
          const run = () =>
            runPipeline({
              spec: source.path,
              config: derived?.file ?? config.file,
              formatter: options.formatter ?? null,
              ownersVitest,
              stainlessEra,
              mockServer,
              // (With a Python package's released version, the package's from the start: the README's install line
              // says `--pre` for a pre-release, as pyproject.toml's version, migrate/python/plan.ts, says it is one.)
              ...target,
              onNotice: options.onNotice,
            });
          const first = await run();
          // The config migrate writes says the `encoding` the owners' patch to Stainless's multipart encoder sent.
          const patch = derived ? ownersEncoderPatch(current, (file) => base?.texts.get(file), pythonPackage) : null;
          const typescript = pythonPackage === null;
          const encoded = derived ? withPatchEncodings(derived.config.text, first.api, patch, typescript) : null;
          if (derived === null || encoded === null) return first;
          derived.config.text = encoded;
          writeFileSync(derived.file, encoded);
          options.onNotice?.(`${DERIVED_CONFIG_PATH}: ${patchEncodingsNotice(first.api, patch, typescript)}`);
          return await run();
        } finally {
          derived?.cleanup();
        }
      })();
      // The derived config's warnings name it where the repository gets it.
      const shown = (file: string) => (derived && file === derived.file ? configFile! : source.displayFile(file));
      gathered.list = result.diagnostics.list.map((d) => ({ ...d, file: shown(d.file) }));
      const rendered = result.files.filter((f) => !isProtected(f.path));
      const [installed, lockfilesAbove] = [readInstalledManifests(repo, current), readLockfilesAbove(repo)];
      // A stale Stainless file people edited and sdkgen writes again is measured from before their edits.
      const measured = measuredWhereWritten(
        base,
        rendered.map((f) => f.path),
      );
      const plan =
        pythonPackage === null
          ? planMigration({
              current,
              base: measured,
              rendered,
              laterGenerations,
              installed,
              lockfilesAbove,
              repo,
              stainlessPackageJson: stainlessPackageItems(repo, base, current),
            })
          : planPythonMigrationIn(repo, {
              current,
              base: measured,
              rendered,
              laterGenerations,
              importName: pythonPackage,
              api: result.api,
            });
      // What became of the stale files people edited, now that the plan says (stale-output.ts).
      const staleTold = staleEditsNotice(
        base,
        plan.removed,
        plan.writes.map((f) => f.path),
      );
      if (staleTold !== null) options.onNotice?.(staleTold);
      // sdkgen's modules carrying the owners' edits come out as sdkgen formats, where the owners format with Prettier.
      if (pythonPackage === null) await formatCarriedEdits(plan, current, formatterOfKey(result.formatKey));
      // Without TypeScript's parser a carried edit is checked for paired brackets alone: say how to have it.
      if (pythonPackage === null && plan.reapplied.length + plan.rejected.length > 0 && !parserLoads(repo))
        options.onNotice?.(
          "your edits carried into sdkgen's modules were checked for paired brackets only, not parsed: TypeScript " +
            'could not be loaded (not installed with sdkgen, in this repository or globally). Install the ' +
            "repository's dependencies (npm install) or `npm install -g typescript`, and run migrate again",
        );
      // An owners' patch to Stainless's multipart encoder: done where the spec's `encoding` (the IR) sends its parts so,
      // else one item naming the config entries that would.
      if (pythonPackage === null)
        plan.rejected = dropMultipartCovered(plan.rejected, plan.doneBySdkgen, result.api, plan.needsHand);
      plan.rejected = dropPrismForkDone(plan.rejected, plan.doneBySdkgen, mockServer);
      // The config found gives an SDK users would notice: say if the one the repository records does better.
      if (!derived && config.file !== null && plan.surface && plan.surface.breaking.length > 0) {
        const better = await fromRepoSurface(current, base, source.path).catch(() => null);
        const apiMd = plan.apiChanges.find((n) => n.path === 'api.md');
        if (apiMd && better !== null && better < plan.surface.breaking.length)
          apiMd.reason +=
            `. A config written from what the repository records (api.md, page classes, client) gives ${better}: ` +
            '`sdkgen migrate --from-repo` writes and uses it';
      }
      // The spec and config where a fresh clone finds them: copied in when they are outside the repository.
      const byPath = new Map(current.map((f) => [f.path, f]));
      const written = new Map(plan.writes.map((f) => [f.path, f.contents]));
      const placed = placeInputs({
        repo,
        root: gitRoot(repo),
        spec: {
          given: source.kind === 'url' ? spec : path.resolve(repo, source.path),
          files: result.specFiles,
          url: source.kind === 'url' ? spec : null,
          display: (file) => source.displayFile(file),
        },
        config: configFile && !derived ? path.resolve(repo, configFile) : null,
        // A path the repository has, or sdkgen writes, is taken.
        existing: (file) => {
          const found = byPath.get(file);
          return found !== undefined ? (found.text ?? '') : (written.get(file) ?? null);
        },
        ignored: (file) => git(repo, ['check-ignore', '--no-index', '-q', '--', file]).ok,
        keptWithText: (contents) => plan.kept.find((file) => byPath.get(file)?.text === contents) ?? null,
      });
      plan.needsHand.push(...placed.needsHand);
      // Files sdkgen writes none of from now on: those the owners deleted, and the scripts they rewrote whole.
      const leftOut = [
        ...plan.ownersDeleted,
        ...plan.keptRewrittenScripts,
        ...plan.runtimeTestsLeftToOwners,
        ...plan.ownersMcpServers.flatMap((server) => server.leftOut),
      ];
      const inputs = isUrl(placed.spec)
        ? {
            ...manifestInputs(repo, {
              spec: repo,
              config: configFile,
              formatter: options.formatter ?? null,
              ownersVitest,
              stainlessEra,
              mockServer,
              ...target,
              deleted: leftOut,
              removedExports: plan.removedExports,
            }),
            spec,
          }
        : manifestInputs(repo, {
            spec: placed.spec,
            config: derived ? configFile : placed.config,
            formatter: options.formatter ?? null,
            ownersVitest,
            stainlessEra,
            mockServer,
            ...target,
            deleted: leftOut,
            removedExports: plan.removedExports,
          });
      if (!options.dryRun) {
        const own = [
          ...(derived ? [{ path: DERIVED_CONFIG_PATH, contents: derived.config.text }] : []),
          ...placed.copies.map((c) => ({ path: c.to, contents: c.contents })),
        ];
        // Keyed once the copies of the spec and config are in place: the key covers them where the repository keeps them.
        const keyed = () =>
          isUrl(placed.spec)
            ? null
            : migratedInputsDigest(
                repo,
                result,
                { spec: placed.spec, config: derived ? configFile : placed.config },
                inputs,
                (file) => (derived && file === derived.file ? Buffer.from(derived.config.text) : null),
              );
        writeMigration(
          repo,
          plan,
          () =>
            manifestText(
              plan.generated,
              inputs,
              undefined,
              result.formatKey,
              keyed(),
              result.diagnostics.list.filter((d) => d.severity === 'warning').length,
            ),
          own,
        );
      }
      // A file the run read that was written since: the SDK (and any copy the repository got) is of its earlier bytes.
      for (const file of writtenSince(result.sources, result.readStamps))
        plan.needsHand.push({
          path: inRepository(repo, file),
          reason: 'changed while sdkgen migrate was running: the SDK is of what it held before; run sdkgen generate',
        });
      // The lockfile, brought up to date with the package.json just written (not on a dry run: nothing was).
      // A package of a monorepo (stlc's output_path) has its workspace's lockfile above it.
      const lockfiles =
        plan.lockfiles.length > 0 || !existsSync(path.join(repo, 'package.json'))
          ? { dir: repo, lockfiles: plan.lockfiles }
          : (workspaceLockfiles(repo, gitRoot(repo)) ?? { dir: repo, lockfiles: [] });
      const lockfileUpdates = updateLockfiles(
        lockfiles.dir,
        lockfiles.lockfiles,
        !options.dryRun && options.lockfile !== false,
      ).map((update) => ({
        ...update,
        lockfile: inRepository(repo, path.join(lockfiles.dir, update.lockfile), true),
        ...(options.dryRun && options.lockfile !== false ? { status: 'dry-run' as const } : {}),
      }));
      for (const update of lockfileUpdates)
        if (update.status === 'failed')
          plan.needsHand.push({
            path: update.lockfile,
            reason:
              `not brought up to date with the new package.json (${update.error}): run \`${update.command}\` in ` +
              `${lockfiles.dir}, and commit it`,
          });
      plan.needsHand.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
      const { generated: _generated, lockfiles: _lockfiles, ...summary } = plan;
      void _generated;
      void _lockfiles;
      return {
        ...summary,
        repo,
        spec: placed.spec,
        config: derived ? path.resolve(repo, configFile!) : placed.config,
        copiedInputs: placed.copies.map(({ from, to }) => ({ from, to })),
        lockfileUpdates,
        stlc: workspace && {
          workspace: workspace.dir,
          customCode: customCode && customCode.file,
        },
        derivedConfig: derived
          ? {
              path: DERIVED_CONFIG_PATH,
              counts: derived.config.counts,
              notes: derived.config.notes,
              text: derived.config.text,
              unmodelled: derived.config.unmodelled ?? [],
            }
          : null,
        base: base ? { ref: base.ref, commit: base.commit } : null,
        stainlessEra: { day: stainlessEra, given: options.stainlessEra !== undefined },
        mockServer: { server: mockServer, script: scriptsMock.script },
        dryRun: options.dryRun === true,
        diagnostics: gathered.list,
      };
    },
  );
  // Stainless's spec storage, which `.stats.yml` points at, went with Stainless: the spec is the owners' to give.
  return moved.catch((error: unknown) => {
    if (!fromStats || !(error instanceof SpecError) || !FETCH_FAILURES.includes(error.code)) throw error;
    throw new SpecError(
      {
        ...error.diagnostic,
        message: `${error.diagnostic.message} (the spec .stats.yml names, in Stainless's storage)`,
        hint: 'pass --spec with your OpenAPI document (or commit it as openapi.yml)',
      },
      { diagnostics: error.diagnostics, cause: error },
    );
  });
}

/** Codes of a spec that could not be downloaded. */
const FETCH_FAILURES = ['fetch-failed', 'fetch-timeout', 'missing-file', 'too-many-redirects', 'redirect-refused'];
