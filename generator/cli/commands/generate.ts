/**
 * `sdkgen generate <spec> [-o <dir>]`: generate an SDK package and write it atomically.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../../diagnostics';
import { parseFormatter } from '../../format/format';
import { generate } from '../../generate';
import { kebabCase } from '../../naming/case';
import { manifestInputs } from '../../write/manifest';
import { writeOutput } from '../../write/write';
import { printDiagnostics, type CommandSpec } from '../main';

export const command: CommandSpec = {
  name: 'generate',
  summary: 'Generate a TypeScript SDK package from an OpenAPI 3.0/3.1 or Swagger 2.0 document (YAML or JSON).',
  usage: 'sdkgen generate <spec> [-o <dir>] [--config <file>] [options]',
  options: {
    output: { type: 'string', short: 'o' },
    config: { type: 'string', short: 'c' },
    templates: { type: 'string' },
    target: { type: 'string' },
    formatter: { type: 'string' },
    mcp: { type: 'boolean' },
    force: { type: 'boolean' },
    strict: { type: 'boolean' },
    diagnostics: { type: 'string' },
    timings: { type: 'boolean' },
    verbose: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  },
  help: {
    output: 'output directory (default: generated/<client name>)',
    config: 'sdkgen.config.yaml with client name, package, resource/method overrides',
    templates: 'folder of template overrides (highest-priority layer)',
    target: 'built-in target overlay, e.g. deno',
    formatter: 'oxfmt (default), prettier or none (also SDKGEN_FORMATTER, or formatter: in the config)',
    mcp: 'also generate an MCP server package in packages/mcp-server (or mcp: true in the config)',
    force: 'overwrite files in the output directory that sdkgen did not write',
    strict: 'treat warnings as errors (exit 1)',
    diagnostics: 'diagnostics format: text (default) or json',
    timings: 'print the time spent in each stage',
    verbose: 'list every diagnostic and every renamed type',
    quiet: 'print nothing but errors',
    help: 'show this help',
  },
  async run({ positionals, values }) {
    if (positionals.length !== 1) throw new UsageError(positionals.length === 0 ? 'missing <spec>' : `expected one <spec>, got ${positionals.length}`);
    const format = (values.diagnostics as string | undefined) ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError(`--diagnostics must be text or json, got ${JSON.stringify(format)}`);
    const quiet = values.quiet === true;
    // Checked before any work: a misspelt formatter fails at once (exit 2).
    const formatter = values.formatter === undefined ? null : parseFormatter(values.formatter, '--formatter');
    const started = performance.now();
    // Large specs get a progress line per stage; --timings always prints them.
    const large = (await stat(positionals[0]).catch(() => null))?.size ?? 0;
    const showStages = values.timings === true || (!quiet && large > 1_000_000);
    const result = await generate({
      spec: positionals[0],
      config: (values.config as string | undefined) ?? null,
      templates: (values.templates as string | undefined) ?? null,
      target: (values.target as string | undefined) ?? null,
      formatter,
      mcp: values.mcp === true,
      onNotice: (message) => {
        if (!quiet) process.stderr.write(`sdkgen generate: ${message}\n`);
      },
      onStage: (stage, ms) => {
        if (showStages) process.stderr.write(`  ${stage.padEnd(8)} ${ms.toFixed(0).padStart(6)} ms\n`);
      },
    });
    printDiagnostics(result.diagnostics.list, format, values.verbose === true);
    if (values.verbose === true) {
      for (const r of result.renames) process.stderr.write(`renamed: ${r.wanted} → ${r.got} (${r.key})\n`);
    }
    if (values.strict === true && result.diagnostics.warnings.length > 0) {
      process.stderr.write(`sdkgen generate: ${result.diagnostics.warnings.length} warning(s) and --strict: nothing written\n`);
      return 1;
    }
    const out = (values.output as string | undefined) ?? path.join('generated', kebabCase(result.api.clientName));
    const writeStart = performance.now();
    const inputs = manifestInputs(out, {
      spec: positionals[0],
      config: values.config as string | undefined,
      templates: values.templates as string | undefined,
      target: values.target as string | undefined,
      formatter,
      mcp: values.mcp === true,
    });
    const written = await writeOutput(out, result.files, { force: values.force === true, inputs });
    if (showStages) process.stderr.write(`  ${'write'.padEnd(8)} ${(performance.now() - writeStart).toFixed(0).padStart(6)} ms\n`);
    if (!quiet) {
      const count = (list: typeof result.api.resources): number => list.reduce((n, r) => n + 1 + count(r.subresources), 0);
      const methods = (list: typeof result.api.resources): number => list.reduce((n, r) => n + r.methods.length + methods(r.subresources), 0);
      const seconds = ((performance.now() - started) / 1000).toFixed(2);
      process.stdout.write(
        `Generated ${result.api.clientName} SDK in ${out}: ${count(result.api.resources)} resources, ${methods(result.api.resources)} methods, ` +
          `${result.api.schemas.length} types; ${written.written.length} files written, ${written.unchanged.length} unchanged, ${written.deleted.length} deleted in ${seconds}s` +
          `${result.diagnostics.warnings.length > 0 ? ` (${result.diagnostics.warnings.length} warnings)` : ''}\n`,
      );
    }
    return 0;
  },
};
