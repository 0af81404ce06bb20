/**
 * `sdkgen migrate [<repo>]`: a checkout of a Stainless-generated SDK repository becomes an sdkgen SDK in place,
 * with the owners' code kept (api/migrate.ts). The report is a few lines of summary, what needs a person (each with its
 * diff or command), and what the SDK's users would notice; the per-file lists with --verbose (always in JSON). The
 * exit code is 1 only when something needs a person: 0 means the migration is complete.
 */
import path from 'node:path';
import { UsageError } from '../../diagnostics';
import { migrate, type MigrateResult } from '../../api/migrate';
import { SDKGEN_VITEST_CONFIG } from '../../emit/typescript/plan';
import { removedCallReason } from '../../migrate/owners/removed-calls';
import { parseFormatter } from '../../format/format';
import { unmodelledLine, type UnmodelledType } from '../../migrate/derived-config/unmodelled-types';
import { diagnosticLines, stainlessEraOption, type CommandSpec } from '../command';

export const command: CommandSpec = {
  name: 'migrate',
  summary:
    "Move a Stainless SDK repository to sdkgen in place: its config and spec in, sdkgen's SDK out, custom code kept.",
  usage:
    'sdkgen migrate [<repo>] [--spec <spec>] [--config <stainless.yml> | --from-repo] [--workspace <dir>] [--base <ref>] ' +
    '[--stainless-era <YYYY-MM-DD | latest>] [--no-lockfile] [--dry-run] [--verbose]',
  options: {
    spec: { type: 'string', short: 's' },
    config: { type: 'string', short: 'c' },
    workspace: { type: 'string' },
    base: { type: 'string' },
    'stainless-era': { type: 'string' },
    'no-lockfile': { type: 'boolean' },
    verbose: { type: 'boolean', short: 'v' },
    formatter: { type: 'string' },
    'allow-dirty': { type: 'boolean' },
    'dry-run': { type: 'boolean', short: 'n' },
    'from-repo': { type: 'boolean' },
    format: { type: 'string', short: 'f' },
  },
  help: {
    spec: "the OpenAPI spec (default: stlc's workspace.json's, openapi.yml in the repo or .stainless/, else .stats.yml's spec URL); copied into the repo when outside it",
    config:
      "the Stainless config (default: stlc's workspace.json's, .stainless/stainless.yml or stainless.yml in the repo, else one written there from its api.md); copied into the repo when outside it",
    workspace:
      "Stainless's local CLI (stlc) workspace, the folder with workspace.json: its spec, config, SDK folder and custom-code base (default: stainless/ in the repo or at its git root)",
    base: "Stainless's pristine output, to tell hand edits from its code (default: found on the generated branch, else stlc's custom-code base)",
    'stainless-era':
      "write the forms of Stainless's SDKs of that day (`Record<string, V>` maps, no @example before 2025-05-07…), or latest: the newest (default: inferred from the repository, the day of Stainless's last generation, +lazy-resources or +eager-resources where its Python client differs from that day's, +plain-resource-names where its resource classes have no `Resource` suffix, +security-options where its Python client sends each request its operation's schemes (`_auth_headers(self, security)`), +base-client where its client.ts exports `Base<Client>`); recorded for every regeneration",
    'no-lockfile':
      'leave the lockfile as it is (default: brought up to date by its package manager, without install scripts); the report prints the command',
    verbose: 'list every file written, removed, kept and carried over',
    formatter: 'oxfmt (default), prettier or none',
    'allow-dirty': 'run although tracked files have uncommitted changes',
    'dry-run': 'say what would happen; write nothing',
    'from-repo':
      "write stainless.yml from what the repository records (api.md, page classes, client) and use it, over a config found older than the repository's last generation",
    format: 'text (default) or json: the whole report on stdout',
  },
  async run({ positionals, values }) {
    if (positionals.length > 1)
      throw new UsageError(`expected at most one repository folder, got ${positionals.join(' ')}`);
    const format = (values.format as string | undefined) ?? 'text';
    if (format !== 'text' && format !== 'json')
      throw new UsageError(`--format must be text or json, got ${JSON.stringify(format)}`);
    const result = await migrate({
      repo: positionals[0] ?? '.',
      spec: (values.spec as string | undefined) ?? null,
      config: (values.config as string | undefined) ?? null,
      base: (values.base as string | undefined) ?? null,
      workspace: (values.workspace as string | undefined) ?? null,
      lockfile: values['no-lockfile'] !== true,
      formatter: values.formatter === undefined ? null : parseFormatter(values.formatter, '--formatter'),
      allowDirty: values['allow-dirty'] === true,
      dryRun: values['dry-run'] === true,
      fromRepo: values['from-repo'] === true,
      ...stainlessEraOption(values),
      onNotice: (message) => process.stderr.write(`sdkgen migrate: ${message}\n`),
    });
    if (format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else process.stdout.write(migrationReport(result, values.verbose === true));
    return result.needsHand.length > 0 || result.rejected.length > 0 ? 1 : 0;
  },
};

export function migrationReport(result: MigrateResult, verbose = false): string {
  const out: string[] = [];
  // (Only --verbose prints the lists, and it promises every file: none is cut short.)
  const list = (title: string, items: string[]) => {
    if (items.length === 0) return;
    out.push(`${title} (${items.length}):`);
    for (const item of items) out.push(`  ${item}`);
  };
  const inRepository = (file: string) =>
    path.isAbsolute(file) && !path.relative(result.repo, file).startsWith('..')
      ? path.relative(result.repo, file)
      : file;
  const copiedFrom = (file: string | null) => {
    const copy = file === null ? undefined : result.copiedInputs.find((c) => path.join(result.repo, c.to) === file);
    return copy ? ` (${result.dryRun ? 'would be copied' : 'copied'} from ${copy.from})` : '';
  };
  const more = result.copiedInputs.length > 2 ? `, with ${result.copiedInputs.length - 1} files it refers to` : '';
  const hunks = result.reapplied.reduce((sum, r) => sum + r.hunks, 0);
  // Written, but not sdkgen's: the repository's own files written back, Stainless's sub-package manifests repointed.
  const notSdkgens = new Set([
    ...result.botBannerRemoved,
    ...result.keptRepositoryFiles,
    ...result.keptRewrittenScripts,
    ...result.rewrittenImports.map((r) => r.slice(0, r.indexOf(': '))),
  ]);
  out.push(
    `${result.dryRun ? 'Would move' : 'Moved'} ${result.repo} from Stainless to sdkgen.`,
    `  spec:     ${inRepository(result.spec)}${copiedFrom(result.spec)}${more}`,
    `  config:   ${result.config === null ? '(none)' : inRepository(result.config)}${copiedFrom(result.config)}${
      result.derivedConfig
        ? ` (${result.dryRun ? 'would be written' : 'written'} from api.md and the page classes: ` +
          `${result.derivedConfig.counts.resources} resources, ${result.derivedConfig.counts.methods} methods, ` +
          `${result.derivedConfig.counts.models} models, ${result.derivedConfig.counts.schemes} pagination schemes` +
          unmodelledCount(result.derivedConfig.unmodelled ?? []) +
          ')'
        : ''
    }`,
    result.base
      ? `  base:     ${result.base.ref} at ${result.base.commit.slice(0, 12)} (Stainless's output this checkout carries)`
      : "  base:     none found: files with Stainless's header count as Stainless's, and their hand edits (if any) are " +
          'replaced; pass --base <ref> to carry them over',
    `  files:    ${result.writes.filter((f) => !notSdkgens.has(f.path)).length} written by sdkgen, ` +
      `${result.removed.length} of Stainless's removed (git keeps them), ${result.kept.length} of yours kept as they ` +
      'are' +
      (result.botBannerRemoved.length > 0
        ? ` (and ${result.botBannerRemoved.length} kept without the banner Stainless's bot put atop them)`
        : '') +
      `; ${hunks} hand edit(s) carried over in ${result.reapplied.length} file(s)` +
      (result.testRunner !== null ? "; your tests run on Jest as they are, with sdkgen's" : '') +
      (result.rewrittenImports.length > 0
        ? `; ${result.rewrittenImports.length} manifest(s) of Stainless's sub-packages pointed from its build folder to the root`
        : ''),
  );
  // Only an older era is news: the newest forms are sdkgen's default.
  if (result.stainlessEra && (result.stainlessEra.day !== null || result.stainlessEra.given))
    out.push(
      `  era:      ${result.stainlessEra.day === null ? "the newest forms of Stainless's SDKs" : `the forms of Stainless's SDKs of ${result.stainlessEra.day}`}` +
        (result.stainlessEra.given
          ? ' (--stainless-era)'
          : ' (inferred from the repository; --stainless-era <YYYY-MM-DD | latest> picks another)') +
        ', recorded for every regeneration',
    );
  const skippedTests = result.runtimeTestsOnOwnersCode ?? [];
  if (skippedTests.length > 0)
    out.push(
      `  tests:    ${skippedTests.length} of sdkgen's tests of its runtime written skipped: they call code your carried ` +
        `edits changed, yours to test (${verbose ? 'listed below' : '`--verbose` lists them'})`,
    );
  const mock = mockServerLine(result.mockServer, result.dryRun);
  if (mock !== null) out.push(`  mock:     ${mock}`);
  for (const update of result.lockfileUpdates)
    out.push(
      `  lockfile: ${update.lockfile} ${
        update.status === 'updated'
          ? `brought up to date (${update.command})`
          : update.status === 'failed'
            ? 'not brought up to date: see below'
            : update.status === 'dry-run'
              ? `would be brought up to date (${update.command})`
              : `left as it was (--no-lockfile): run \`${update.command}\` and commit it`
      }`,
    );
  if (result.releaseBeside !== null) {
    const { theirs, publishes } = result.releaseBeside;
    out.push(
      `  release:  ${theirs.join(', ')} (yours) make${theirs.length === 1 ? 's' : ''} the releases` +
        (publishes
          ? " and publish them: sdkgen's .github/workflows/release.yml runs only by hand"
          : "; sdkgen's .github/workflows/release.yml publishes each one (on: release published), in place of Stainless's publish workflow"),
    );
  }
  out.push('');
  // As `sdkgen generate` prints them: where each is (the config's line, the spec's pointer), grouped when many.
  // A copied input's warnings name the copy, which the repository keeps.
  const copies = new Map(result.copiedInputs.map((c) => [c.from, c.to]));
  const warnings = result.diagnostics
    .filter((d) => d.severity === 'warning')
    .map((d) => ({ ...d, file: copies.get(d.file) ?? inRepository(d.file) }));
  const warningLines = diagnosticLines(warnings, verbose);
  if (warningLines.length > 0) out.push(...warningLines, '');
  if (verbose) {
    const before = out.length;
    // The repository's own files it keeps as they are (written back with their text) are listed apart, below.
    // (And the owners' tests carried out of Stainless's test of its runtime: theirs, not sdkgen's.)
    const keptAsTheyAre = new Set([
      ...result.botBannerRemoved,
      ...result.keptRepositoryFiles,
      ...result.keptRewrittenScripts,
      ...result.keptTests.map((entry) => entry.replace(/ \(.*$/, '')),
    ]);
    list(
      'Written by sdkgen',
      result.writes.map((f) => f.path).filter((file) => !keptAsTheyAre.has(file)),
    );
    list("Stainless's files removed (git keeps them)", result.removed);
    list('Your files, kept as they are', result.kept);
    list(
      "Your custom code that Stainless's bot committed beside a generation: kept, with only the bot's generated-file " +
        'banner taken out (no generator writes these files now)',
      result.botBannerRemoved,
    );
    list(
      "Stainless's test, lint and format configs, kept (you edited them, or your tests run on them) with the packages " +
        'they name',
      result.keptConfigs,
    );
    if (result.testRunner !== null)
      list(
        `Your tests run on Jest as they are, and sdkgen's tests with them (npm test: jest); added to ${result.testRunner.config}`,
        result.testRunner.added,
      );
    list("Stainless's repository files, kept (workflows, release, licence)", result.keptRepositoryFiles);
    list(
      "Of those, Stainless's workflows now running the scripts on Node 20 (sdkgen's test runner, Vitest 4, needs it; " +
        'the SDK still runs on Node 18)',
      result.scriptsOnNode20,
    );
    list(
      "Stainless's modules your code imports, kept, and the files it reads (sdkgen writes none in their place)",
      result.keptImported,
    );
    list(
      "Stainless's definitions those modules import, carried into the module sdkgen writes in their place",
      result.keptDefinitions,
    );
    list(
      "Packages of Stainless's you changed that sdkgen does not write (its MCP server's Cloudflare worker, say): " +
        'kept whole, as yours',
      result.keptSubPackages.filter((dir) => !result.ownersMcpServers.some((server) => server.dir === dir)),
    );
    list(
      "Stainless's MCP server, whose code you changed: kept whole, as yours (sdkgen's MCP server is another program " +
        "your edits have no place in: it writes none of its files there, now or later, the manifest's inputs.deleted; " +
        'to take it instead, move yours away, take its paths out of inputs.deleted and regenerate)',
      result.ownersMcpServers.map((server) => `${server.dir} (your edits: ${server.edited.join(', ')})`),
    );
    if (result.keptVitestConfig !== null)
      list(
        "Your Vitest config stays as it is: npm test runs it (without sdkgen's tests), then sdkgen's tests with " +
          SDKGEN_VITEST_CONFIG,
        [result.keptVitestConfig],
      );
    list(
      "Stainless's client methods you made yours (changed, or calling a module you changed), carried into sdkgen's " +
        'client class as overrides of its hooks',
      result.carriedHooks,
    );
    list(
      "Methods whose @overload set you changed: your set takes the place of sdkgen's whole (its overloads and " +
        "implementation), in the class sdkgen writes for Stainless's; regenerations merge sdkgen's set against it",
      result.replacedOverloadSets,
    );
    list(
      "pyproject.toml: your tools' settings (what you set otherwise than Stainless's file, or added), set on sdkgen's " +
        'tables, which lay them out otherwise',
      result.toolSettings,
    );
    list(
      "Your commands of Stainless's Rye scripts (pyproject.toml's `[tool.rye.scripts]`, which sdkgen's file has not), " +
        "run by the step of sdkgen's script that ran Stainless's command",
      result.ryeScriptEdits,
    );
    list(
      "pyproject.toml: what your release required that sdkgen's file did not, kept (its extras, and bounds never " +
        'lowered: your users install with them)',
      result.releaseRequirements,
    );
    list(
      "Stainless's tests you added to or changed: kept as yours, run as your own tests are (only your tests, where " +
        "Stainless's own tests in it test what goes)",
      result.keptTests,
    );
    list('Generated tests you skipped that sdkgen does not generate: nothing to skip', result.skipsWithoutTest);
    list(
      "sdkgen's tests of its runtime that call code your carried edits changed: written skipped (pytest's reason names " +
        'your edit), as your code is yours to test',
      result.runtimeTestsOnOwnersCode ?? [],
    );
    list(
      'Methods whose return type you widened beyond an APIPromise: their generated tests await the call (a plain ' +
        "Promise has no .asResponse()), an edit to sdkgen's tests that regenerations keep",
      result.awaitedTests,
    );
    list(
      "Stainless's removed or replaced files you edited only in their comments (a licence header, say) or layout: " +
        "nothing of yours in them (the config's file_header, or sdkgen's client.fileHeader, is on every source file sdkgen writes)",
      result.commentOnlyEdits,
    );
    list(
      "Stainless's sub-packages that depended on its build folder (dist/), pointed at the package's root",
      result.rewrittenImports,
    );
    list(
      'Hand edits carried over to the new files',
      result.reapplied.map((r) => `${r.path} (${r.hunks} hunk${r.hunks === 1 ? '' : 's'})`),
    );
    list(
      "Hand edits whose result sdkgen's file has already (the lines they add are there, however sdkgen wraps them; " +
        'those they remove are not; declarations they add, which sdkgen declares in its form; in JSON, the values ' +
        'they set, or the valid JSON they repaired), with the lines of ' +
        'the file that have them where known',
      result.alreadyThere.map(alreadyThereLine),
    );
    list(
      "Edits of the generated-file banner alone (a generator's attribution line): sdkgen writes its own banner",
      result.bannerOnly ?? [],
    );
    list(
      "Hand edits carried reading sdkgen's name for a local of Stainless's that sdkgen's function holds the same " +
        "value in (your lines otherwise as you wrote them; file: function: your name → sdkgen's)",
      result.renamedLocals,
    );
    list(
      "Hand edits that change only types in Stainless's code (a cast, a non-null assertion), which sdkgen's file " +
        "types its own way: nothing that runs to carry (`tsc` says whether your compiler settings accept sdkgen's file)",
      result.typesOnly.map((r) => `${r.path} (${r.hunks} hunk${r.hunks === 1 ? '' : 's'})`),
    );
    list(
      "Hand edits to Stainless's runtime that make it do what sdkgen's runtime does (the test that shows it)",
      result.doneBySdkgen.map((d) => `${d.path}: ${d.does} (${d.test})`),
    );
    list(
      "Stainless's tests of its runtime (which goes) you changed, adding no test of yours: they go with it (git keeps them)",
      result.changedStainlessTests,
    );
    list(
      "Changed on main by Stainless's later generations (its bot's commits, or with a Stainless-Generated-From " +
        "trailer), not by hand: sdkgen's output from your spec stands in for them",
      result.laterGenerations.map((g) => `${g.path} (${g.hunks} hunk${g.hunks === 1 ? '' : 's'})`),
    );
    list(
      "Stainless's output that people committed (a generation merged by hand): every line of each hunk is, at HEAD, as " +
        "a generation of Stainless's wrote it (git blame), not a hand edit: sdkgen's output from your spec stands in for them",
      (result.generationsByPeople ?? []).map((g) => `${g.path} (${g.hunks} hunk${g.hunks === 1 ? '' : 's'})`),
    );
    if (result.packageJson) {
      list('package.json: kept from yours', result.packageJson.kept);
      list("package.json: dropped (Stainless's build, or not used by your code)", result.packageJson.dropped);
      list("package.json: set to sdkgen's build (your value → sdkgen's)", result.packageJson.rewritten);
    }
    list("tsconfig.json: compiler options kept as Stainless's, for your code", result.compilerOptions);
    if (result.releaseToken)
      out.push(
        `.github/workflows/release.yml publishes with the npm token your publish workflow read: ${result.releaseToken}`,
      );
    if (result.releaseEnvironment)
      out.push(
        `.github/workflows/release.yml publishes in the environment your publish workflow ran in: ${result.releaseEnvironment}`,
      );
    if (result.releaseNode)
      out.push(`.github/workflows/release.yml publishes on the Node your publish workflow used: ${result.releaseNode}`);
    if (out.length > before) out.push('');
  }
  if (result.surface !== null && result.apiChanges.length === 0)
    out.push(
      `API: ${result.surface.methods.sdkgen} methods, against ${result.surface.methods.stainless} in the release's ` +
        'api.md: nothing its users would notice.',
      '',
    );
  const all = result.derivedConfig?.unmodelled ?? [];
  const unmodelled = all.filter((type) => type.kind !== 'undeclared');
  if (unmodelled.length > 0) {
    out.push(
      `Types Stainless's api.md lists that no model of ${result.derivedConfig!.path} names (${unmodelled.length}): ` +
        "sdkgen's SDK does not export them under these names, so your users' imports of them break:",
    );
    for (const type of unmodelled) out.push(`  ${unmodelledLine(type)}`);
    out.push('');
  }
  // (api.md's types no module of Stainless's declared: no import of them ever worked, so none breaks.)
  const undeclared = all.filter((type) => type.kind === 'undeclared');
  if (undeclared.length > 0) {
    out.push(
      `Types Stainless's api.md lists that no module of Stainless's SDK declares (${undeclared.length}): no import ` +
        'of them worked before the move, so none breaks:',
    );
    for (const type of undeclared) out.push(`  ${unmodelledLine(type)}`);
    out.push('');
  }
  if (result.apiChanges.length > 0) {
    out.push("What the SDK's users would notice (not a failure by itself: say it in the release notes, or change it):");
    for (const change of result.apiChanges) out.push(`  ${change.path}: ${change.reason}`);
    out.push('');
  }
  if (result.keptCalledScripts.length > 0)
    out.push(
      `Stainless's scripts you edited that your workflows, scripts or package.json scripts run, kept as they are ` +
        `(sdkgen writes none in their place, so your pipeline keeps running them): ${result.keptCalledScripts.join(', ')}`,
      '',
    );
  // (A test set-up file kept whole, a conftest starting the mock server the owners' way, is no script.)
  const rewrittenSetUp = result.keptRewrittenScripts.filter((path) => /^tests\//.test(path));
  const rewrittenScripts = result.keptRewrittenScripts.filter((path) => !/^tests\//.test(path));
  if (rewrittenScripts.length > 0)
    out.push(
      `Stainless's scripts you rewrote, where sdkgen writes its own that your edits do not fit: yours kept whole, ` +
        `and sdkgen writes none there from now on (the manifest's inputs.deleted): ${rewrittenScripts.join(', ')}`,
      '',
    );
  if (rewrittenSetUp.length > 0)
    out.push(
      `Stainless's test set-up you rewrote, where sdkgen writes its own that your edits do not fit: yours kept whole, ` +
        `and sdkgen writes none there from now on (the manifest's inputs.deleted): ${rewrittenSetUp.join(', ')}`,
      '',
    );
  if (result.ownersDeleted.length > 0)
    out.push(
      "Stainless's files you deleted, which sdkgen writes too: left deleted, as your edit (the manifest's " +
        `inputs.deleted: sdkgen generate leaves them out too): ${result.ownersDeleted.join(', ')}`,
      '',
    );
  if (result.removedExtras.length > 0) {
    out.push("What Stainless's config options wrote that sdkgen does not write, removed (git keeps it):");
    for (const extra of result.removedExtras)
      out.push(`  ${extra.paths.join(', ')}${extra.option === null ? '' : ` (${extra.option})`}: ${extra.what}`);
    out.push('');
  }
  // Not a step of the migration left undone: the owners' own machinery, which they change or remove.
  if (result.removedCalls.length > 0) {
    out.push('Your workflows and scripts call what the migration removed (each call fails where it runs):');
    for (const call of result.removedCalls) out.push(`  ${call.at}: ${removedCallReason(call)}`);
    out.push('');
  }
  // Not the move's: the owners' code read these before it, on a client that never defined them.
  if (result.undefinedBefore.length > 0) {
    out.push(
      "Your code reads on the client what Stainless's client never defined either (the move changes nothing for these " +
        'reads; each fails where it runs, as it did before):',
    );
    for (const read of result.undefinedBefore) out.push(`  ${read.path}: ${read.reason}`);
    out.push('');
  }
  if (result.unknownPrograms.length > 0) {
    out.push(
      "Programs your workflows and scripts run from node_modules (theirs, or through a script of Stainless's they " +
        'run), whose package sdkgen found in neither node_modules, the lockfile nor its table of well-known bins: it ' +
        "kept no package for them, nor a package.json script of Stainless's running one (its calls are listed " +
        'above); add the package to package.json, or install and migrate again:',
    );
    for (const { at, program } of result.unknownPrograms) out.push(`  ${at}: \`${program}\``);
    out.push('');
  }
  // Not carried, and nothing for a person to do: shown with the hunks, so that nothing of theirs goes unsaid.
  if (result.notApplicable.length > 0) {
    out.push("Hand edits that do not apply to sdkgen's files (not carried); as made to Stainless's file:");
    for (const n of result.notApplicable) {
      out.push(`  ${n.path}: ${n.hunks.length} hand edit(s): ${n.reason}`);
      for (const hunk of n.hunks)
        out.push(
          ...hunk
            .trimEnd()
            .split('\n')
            .map((line) => `    ${line}`),
        );
    }
    out.push('');
  }
  const needing = result.needsHand.length + result.rejected.length;
  if (needing > 0) {
    out.push(`Needs a hand (${needing}):`);
    for (const n of result.needsHand) out.push(`  ${n.path}: ${n.reason}`);
    for (const r of result.rejected) {
      out.push(`  ${r.path}: ${r.hunks.length} hand edit(s) could not be carried over; as made to Stainless's file:`);
      for (const hunk of r.hunks)
        out.push(
          ...hunk
            .trimEnd()
            .split('\n')
            .map((line) => `    ${line}`),
        );
    }
    out.push('');
  }
  out.push(
    result.dryRun
      ? 'Nothing was written (--dry-run).'
      : (needing > 0
          ? `The rest is done; the ${needing} item(s) above need a person. `
          : result.removedCalls.length > 0
            ? `The migration is complete, but for the ${result.removedCalls.length} call(s) above of your workflows and scripts. `
            : 'The migration is complete. ') +
          'Review with `git status` and `git diff`, then commit. From now on, `sdkgen generate` regenerates this ' +
          'repository and keeps your edits (`sdkgen customizations` lists them).' +
          (verbose ? '' : ' `--verbose` lists every file.'),
  );
  return `${out.join('\n')}\n`;
}

/**
 * The mock server the repository's Stainless scripts ran and its scripts keep running (under --dry-run: would keep);
 * null where it had no script.
 */
function mockServerLine(mock: MigrateResult['mockServer'], dryRun: boolean): string | null {
  if (mock === undefined || mock.script === null) return null;
  const kept = dryRun ? 'would be kept' : 'kept';
  if (mock.server === null) return `Prism (from ${mock.script}), ${kept}`;
  if (mock.server.kind === 'prism')
    return `Prism ${mock.server.package}@${mock.server.version} (your fork, from ${mock.script}), ${kept}: the tests run against it, recorded for every regeneration`;
  const version =
    mock.server.version === null
      ? `, unpinned (the registry's newest; from ${mock.script})`
      : ` ${mock.server.version} (from ${mock.script})`;
  return `Steady${version}, ${kept}: the tests run against it, recorded for every regeneration`;
}

/**
 * A file's edits already there, with where: `src/a.ts (2 hunks, at lines 12 and 40)`; where the place of only some is
 * known (a count from a pass that does not say), `(3 hunks, 2 of them at lines 12 and 40)`.
 */
export function alreadyThereLine(entry: MigrateResult['alreadyThere'][number]): string {
  const count = `${entry.hunks} hunk${entry.hunks === 1 ? '' : 's'}`;
  const known = entry.lines?.length ?? 0;
  if (known === 0) return `${entry.path} (${count})`;
  // (Two hunks may have their results on one line.)
  const found = [...new Set(entry.lines)];
  const numbers =
    found.length === 1 ? `line ${found[0]}` : `lines ${found.slice(0, -1).join(', ')} and ${found.at(-1)}`;
  const some = known < entry.hunks ? `${known} of them ` : '';
  return `${entry.path} (${count}, ${some}at ${numbers})`;
}

/** The summary's count of api.md's types no model names, by why (the report lists each). */
function unmodelledCount(all: UnmodelledType[]): string {
  const types = all.filter((t) => t.kind !== 'undeclared');
  const undeclared = all.length - types.length;
  const none = undeclared === 0 ? '' : `; ${undeclared} type(s) of api.md no module declares, listed below`;
  if (types.length === 0) return none;
  const of = (kind: UnmodelledType['kind']) => types.filter((t) => t.kind === kind).length;
  return (
    `; ${types.length} type(s) of api.md with no model, listed below (${of('no-schema')} of no schema of the spec, ` +
    `${of('several')} of several schemas to choose from, ${of('form')} of a declaration it does not read)${none}`
  );
}
