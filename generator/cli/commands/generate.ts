/**
 * `sdkgen generate <spec> [-o <dir>]`: generate an SDK package and write it atomically (api/generate.ts), or
 * say what it would write (--dry-run), or keep regenerating as the inputs change (--watch).
 */
import { existsSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import {
  generate,
  generateUnlessUpToDate,
  type GenerateOptions,
  type GenerateResult,
  type UpToDate,
} from '../../api/generate';
import { isUrl } from '../../api/inputs';
import { watch } from '../../api/watch';
import { reusedCount, verifiedCount } from '../../write/inputs-unchanged';
import { targetFromManifest } from '../../write/recorded-target';
import { UsageError } from '../../diagnostics';
import { MANIFEST_PATH } from '../../write/manifest';
import { parseFormatter } from '../../format/format';
import {
  configOption,
  errorJson,
  printDiagnostics,
  reportError,
  stainlessEraOption,
  type CommandSpec,
} from '../command';

export const command: CommandSpec = {
  name: 'generate',
  summary:
    'Generate a TypeScript (or, with --target python, Python) SDK package from an OpenAPI 3.0, 3.1 or 3.2 or Swagger 2.0 document (YAML or JSON).\n' +
    '<spec> is a file, an http(s) URL, or - for standard input. Without --config, the first sdkgen.config.{ts,mts,mjs,js,json,yaml,yml}\n' +
    '(else stainless.yml, openapi.stainless.yml or .stainless/stainless.yml) in the working directory, then beside the spec, is used.\n' +
    'Without <spec>, the SDK in <dir> (default: the working directory) is regenerated from the spec, config and options\n' +
    'its .sdkgen/manifest.json records.',
  usage: 'sdkgen generate [<spec | url | ->] [-o <dir>] [--config <file>] [--dry-run] [--watch] [options]',
  options: {
    output: { type: 'string', short: 'o' },
    config: { type: 'string', short: 'c' },
    'no-config': { type: 'boolean' },
    templates: { type: 'string' },
    target: { type: 'string' },
    'python-package': { type: 'string' },
    formatter: { type: 'string' },
    'stainless-era': { type: 'string' },
    'allow-ref-root': { type: 'string' },
    mcp: { type: 'boolean' },
    'no-funcs': { type: 'boolean' },
    'no-reference-docs': { type: 'boolean' },
    force: { type: 'boolean' },
    strict: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
    watch: { type: 'boolean', short: 'w' },
    diagnostics: { type: 'string' },
    timings: { type: 'boolean' },
    verbose: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  },
  help: {
    output: 'output directory (default: generated/<client name>)',
    config: 'config file: sdkgen.config.{ts,mjs,js,json,yaml} or a Stainless config (default: found, see above)',
    'no-config': 'use no config file, even if one is found',
    templates: 'folder of template overrides (highest-priority layer)',
    target: 'built-in target overlay, e.g. deno; or python: a Python package instead of TypeScript',
    'python-package':
      'with --target python: the import name (default: targets.python.package_name, else from the package name)',
    formatter: 'oxfmt (default), prettier or none (also SDKGEN_FORMATTER, or formatter: in the config)',
    'stainless-era':
      "with a Stainless config: write the forms of Stainless's SDKs of that day (YYYY-MM-DD, optionally +lazy-resources or +eager-resources for a Python client that differs from its day, +plain-resource-names for Python resource classes named without `Resource`, +security-options for a Python client whose `_auth_headers` takes `SecurityOptions`, +base-client for a TypeScript client.ts that also exports `Base<Client>`), or latest: the newest (default: as the output's manifest records, which sdkgen migrate infers)",
    'allow-ref-root': "folder $refs may read files from (default: the spec's folder; also allowRefRoot: in the config)",
    mcp: 'also generate an MCP server package in packages/mcp-server (or mcp: true in the config)',
    'no-funcs': 'no standalone functions in src/funcs (or funcs: false in the config)',
    'no-reference-docs':
      'no reference docs (docs/sdks/…, docs/models/…) and no README links to them (or referenceDocs: false in the config)',
    force: 'overwrite files in the output directory that sdkgen did not write',
    strict: 'treat warnings as errors (exit 1)',
    'dry-run': 'print what would be created, changed and deleted; write nothing',
    watch: 'regenerate when the spec, a file it $refs, the config or the templates change (Ctrl-C stops)',
    diagnostics:
      'text (default) or json: diagnostics as JSON on stderr, and the result (or the error) as JSON on stdout',
    timings: 'print the time spent in each stage',
    verbose: 'list every diagnostic and every renamed type',
    quiet: 'print nothing but errors',
  },
  async run(args) {
    try {
      return await run(args);
    } catch (error) {
      // Usage errors found before any work: JSON on stdout too, when JSON was asked for.
      if (args.values.diagnostics === 'json')
        process.stdout.write(`${JSON.stringify({ ok: false, error: errorJson(error), diagnostics: [] }, null, 2)}\n`);
      throw error;
    }
  },
};

/** The command itself; errors it throws are reported by main.ts (after the JSON, when asked for). */
async function run({
  positionals,
  values,
}: {
  positionals: string[];
  values: Record<string, unknown>;
}): Promise<number> {
  if (positionals.length > 1) throw new UsageError(`expected one <spec>, got ${positionals.length}`);
  // Without a spec, the SDK in the output directory (default: here) is regenerated from the inputs its manifest
  // records; options given on the command line go over them.
  const outputDir = (values.output as string | undefined) ?? '.';
  const recorded =
    positionals.length === 0 && existsSync(path.join(outputDir, MANIFEST_PATH))
      ? await targetFromManifest(outputDir)
      : null;
  if (positionals.length === 0 && recorded === null)
    throw new UsageError(
      `missing <spec> (a file, a URL, or - for standard input); ${outputDir === '.' ? 'this folder' : outputDir} ` +
        'has no .sdkgen/manifest.json to take it from',
    );
  const format = (values.diagnostics as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json')
    throw new UsageError(`--diagnostics must be text or json, got ${JSON.stringify(format)}`);
  const quiet = values.quiet === true;
  // Checked before any work: a misspelt formatter fails at once (exit 2).
  const formatter = values.formatter === undefined ? null : parseFormatter(values.formatter, '--formatter');
  const spec = recorded?.spec ?? positionals[0];
  if (values.watch === true && spec === '-')
    throw new UsageError('--watch needs a spec file or URL, not standard input');
  if (values.watch === true && values['dry-run'] === true)
    throw new UsageError('--watch writes on every change; it does not go with --dry-run');
  // Large specs get a progress line per stage; --timings always prints them.
  const large = spec === '-' || isUrl(spec) ? 0 : ((await stat(spec).catch(() => null))?.size ?? 0);
  const showStages = values.timings === true || (!quiet && large > 1_000_000);
  const options: GenerateOptions = {
    spec,
    output: recorded?.dir ?? (values.output as string | undefined) ?? null,
    config: configOption(values) ?? (recorded ? (recorded.config ?? false) : undefined),
    templates: (values.templates as string | undefined) ?? recorded?.templates ?? null,
    target: (values.target as string | undefined) ?? recorded?.target ?? null,
    pythonPackage: (values['python-package'] as string | undefined) ?? recorded?.pythonPackage ?? null,
    formatter: formatter ?? (recorded?.formatter ? parseFormatter(recorded.formatter, 'the manifest') : null),
    allowRefRoot: (values['allow-ref-root'] as string | undefined) ?? recorded?.allowRefRoot ?? null,
    mcp: values.mcp === true || recorded?.mcp === true,
    ...(values['no-funcs'] === true || recorded?.funcs === false ? { funcs: false } : {}),
    referenceDocs: values['no-reference-docs'] !== true && recorded?.referenceDocs !== false,
    // Without the flag, api/generate takes the era the output's manifest records.
    ...stainlessEraOption(values),
    force: values.force === true,
    strict: values.strict === true,
    dryRun: values['dry-run'] === true,
    onNotice: (message) => {
      if (!quiet) process.stderr.write(`sdkgen generate: ${message}\n`);
    },
    onStage: (stage, ms) => {
      if (showStages) process.stderr.write(`  ${stage.padEnd(8)} ${ms.toFixed(0).padStart(6)} ms\n`);
    },
  };
  const report = (result: GenerateResult, started: number) => {
    if (result.configFound && !quiet)
      process.stderr.write(
        `sdkgen generate: using config ${shown(result.configFile!)} (found; --config picks another, --no-config none)\n`,
      );
    printDiagnostics(result.diagnostics, format, values.verbose === true);
    if (result.otherTarget && !quiet && format === 'text')
      process.stderr.write(
        "sdkgen generate: the config's targets.python is set too: `--target typescript,python -o <dir>` writes both " +
          'packages, each into its own folder of <dir>; `--target python` the Python one\n',
      );
    if (values.verbose === true) {
      for (const r of result.renames) process.stderr.write(`renamed: ${r.wanted} → ${r.got} (${r.key})\n`);
    }
    if (format === 'json')
      process.stdout.write(`${JSON.stringify({ ok: true, ...withoutSources(result) }, null, 2)}\n`);
    else if (!quiet) process.stdout.write(summary(result, performance.now() - started));
  };
  const fail = (error: unknown): number => {
    if (format === 'json') {
      const diagnostics = (error as { diagnostics?: unknown }).diagnostics ?? [];
      process.stdout.write(`${JSON.stringify({ ok: false, error: errorJson(error), diagnostics }, null, 2)}\n`);
    }
    return reportError(error, 'generate', command);
  };

  // `--target typescript,python`: each language's package into its own folder of the output, in one run.
  const targets = (options.target ?? '').split(',').map((t) => t.trim());
  const outputRoot = options.output;
  if (targets.length > 1) {
    if (!outputRoot) throw new UsageError('several --target languages need -o <dir>: each goes into <dir>/<target>');
    if (values.watch === true) throw new UsageError('--watch takes one --target');
    let exit = 0;
    for (const target of targets) {
      if (!LANGUAGE_TARGETS.includes(target))
        throw new UsageError(
          `--target ${JSON.stringify(target)} in a list: only ${LANGUAGE_TARGETS.join(', ')} go together`,
        );
      const one = {
        ...options,
        target: target === 'typescript' ? null : target,
        output: path.join(outputRoot, target),
      };
      exit = Math.max(exit, await generateOnce(one, spec, quiet, format, values, report, fail));
    }
    return exit;
  }
  // `--target typescript` alone is the default target.
  if (options.target === 'typescript') options.target = null;
  if (values.watch === true) return watchLoop(options, report, fail, quiet);
  return generateOnce(options, spec, quiet, format, values, report, fail);
}

/** The languages `--target` may list together (`typescript,python`); other targets are overlays of TypeScript's. */
const LANGUAGE_TARGETS = ['typescript', 'python'];

/** One generation into one folder: skipped when up to date, else generated and written, then reported. */
async function generateOnce(
  options: GenerateOptions,
  spec: string,
  quiet: boolean,
  format: string,
  values: Record<string, unknown>,
  report: (result: GenerateResult, started: number) => void,
  fail: (error: unknown) => number,
): Promise<number> {
  const started = performance.now();
  // Nothing that decides the output changed and every file is there (api/generate.ts): nothing to generate or write.
  // (A dry run lists the files, --strict and --verbose need the diagnostics, JSON the whole result: they generate.)
  const quick = !options.dryRun && !options.strict && values.verbose !== true && format === 'text';
  let result: GenerateResult;
  try {
    const outcome = quick ? await generateUnlessUpToDate(options) : await generate(options);
    if (!('clientName' in outcome)) {
      options.onStage?.('verify', performance.now() - started);
      if (outcome.configFound && !quiet)
        process.stderr.write(
          `sdkgen generate: using config ${shown(outcome.configFile!)} (found; --config picks another, --no-config none)\n`,
        );
      if (!quiet) process.stdout.write(upToDateSummary(outcome, spec, performance.now() - started));
      return 0;
    }
    result = outcome;
  } catch (error) {
    return fail(error);
  }
  report(result, started);
  // Conflicting edits are in the files with git's markers: the run did its work, but someone must resolve them.
  return (result.files.conflicts?.length ?? 0) > 0 ? 1 : 0;
}

const shown = (file: string) => path.relative(process.cwd(), file) || file;

function withoutSources(result: GenerateResult): Omit<GenerateResult, 'sources'> {
  const { sources: _sources, ...rest } = result;
  return rest;
}

function upToDateSummary(same: UpToDate, spec: string, ms: number): string {
  const unchanged = same.verified - same.kept.length;
  return (
    `SDK in ${shown(same.output)} is up to date with ${spec}: 0 files written, ${unchanged} unchanged, 0 deleted ` +
    `in ${(ms / 1000).toFixed(2)}s (${verifiedCount(same.verified)})` +
    `${same.warnings > 0 ? ` (${same.warnings} warnings: --verbose lists them)` : ''}\n` +
    same.kept.map((f) => `  kept     ${f} (your edits; sdkgen's output of it did not change)\n`).join('')
  );
}

function summary(result: GenerateResult, ms: number): string {
  const out = shown(result.output);
  const { counts, files } = result;
  const warnings = result.diagnostics.filter((d) => d.severity === 'warning').length;
  const shape = `${counts.resources} resources, ${counts.methods} methods, ${counts.types} types`;
  if (result.dryRun) {
    const lines = [
      `Dry run: ${result.clientName} SDK in ${out} (${shape}): ${files.created.length} files would be created, ` +
        `${files.changed.length} changed, ${files.deleted.length} deleted, ${files.unchanged.length} unchanged; nothing written`,
      ...files.created.map((f) => `  create  ${f}`),
      ...files.changed.map((f) => `  change  ${f}`),
      ...files.deleted.map((f) => `  delete  ${f}`),
    ];
    return `${lines.join('\n')}\n`;
  }
  const edits = [
    ...(files.kept ?? []).map((f) => `  kept     ${f} (your edits; sdkgen's output of it did not change)`),
    ...(files.merged ?? []).map((f) => `  merged   ${f} (your edits and the new output)`),
    ...(files.keptSections ?? []).map(
      ({ path: f, headings }) =>
        `  yours    ${f}: ${headings.map((h) => JSON.stringify(h)).join(', ')} kept as you wrote ` +
        `${headings.length === 1 ? 'it' : 'them'}; sdkgen's new text is in .sdkgen/pristine/${f}`,
    ),
    ...(files.orphaned ?? []).map((f) => `  left     ${f} (edited; no longer generated)`),
    ...(files.conflicts ?? []).map((f) => `  CONFLICT ${f} (your edits and the new output change the same lines)`),
  ];
  const conflicts = files.conflicts?.length ?? 0;
  return (
    `Generated ${result.clientName} SDK in ${out}: ${shape}; ${files.written.length} files written, ` +
    `${files.unchanged.length} unchanged, ${files.deleted.length} deleted in ${(ms / 1000).toFixed(2)}s` +
    (files.reused && files.reused.length > 0
      ? ` (${reusedCount(files.reused.length, files.written.length + files.unchanged.length + (files.kept?.length ?? 0))})`
      : '') +
    `${warnings > 0 ? ` (${warnings} warnings)` : ''}\n` +
    (edits.length > 0 ? `${edits.join('\n')}\n` : '') +
    (conflicts > 0
      ? `${conflicts} file(s) have conflict markers (<<<<<<< your edits … >>>>>>> sdkgen): resolve them, or regenerate with --force to discard your edits\n`
      : '')
  );
}

/** Runs until SIGINT/SIGTERM: each run's summary or error, then waits for the next change. */
async function watchLoop(
  options: GenerateOptions,
  report: (result: GenerateResult, started: number) => void,
  fail: (error: unknown) => number,
  quiet: boolean,
): Promise<number> {
  const watcher = watch({
    ...options,
    onRun: (event) => {
      if (event.changed.length > 0 && !quiet)
        process.stderr.write(`sdkgen generate: changed: ${event.changed.map(shown).join(', ')}\n`);
      if (event.ok) report(event.result, performance.now() - event.result.timings.reduce((n, t) => n + t.ms, 0));
      else {
        fail(event.error);
        if (!quiet)
          process.stderr.write('sdkgen generate: the output is left as it was; fix the input to regenerate\n');
      }
      if (!quiet)
        process.stderr.write(
          `sdkgen generate: watching the spec, its $refs, the config and the templates for changes (Ctrl-C stops)\n`,
        );
    },
  });
  await new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await watcher.close();
  return 0;
}
