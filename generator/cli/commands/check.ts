/**
 * `sdkgen check [<spec> -o <dir>]`: fail (exit 1) when a committed SDK differs from a fresh generation.
 * Never writes. Without arguments, checks every SDK under ./generated that records its inputs in
 * `.sdkgen/manifest.json`; with `-o <dir>` only, that directory.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { check } from '../../api/analyze';
import { UsageError } from '../../diagnostics';
import { formatCheck } from '../../diff/check';
import { MANIFEST_PATH } from '../../write/manifest';
import { configOption, errorJson, reportError, type CommandSpec } from '../command';

export const command: CommandSpec = {
  name: 'check',
  summary:
    'Regenerate in memory and compare with the committed output directory; exit 1 when it is stale. Never writes.\n' +
    'Without <spec>, the spec and config recorded in <dir>/.sdkgen/manifest.json are used; without -o, every\n' +
    'directory under ./generated that has a manifest is checked (the current folder, when it has one). With <spec>, a config is found as `generate` finds it.',
  usage: 'sdkgen check [<spec> -o <dir> | <dir>] [--config <file>] [--diff-lines <n>] [--format text|json]',
  options: {
    output: { type: 'string', short: 'o' },
    config: { type: 'string', short: 'c' },
    'no-config': { type: 'boolean' },
    templates: { type: 'string' },
    target: { type: 'string' },
    'python-package': { type: 'string' },
    'diff-lines': { type: 'string' },
    format: { type: 'string', short: 'f' },
    quiet: { type: 'boolean', short: 'q' },
  },
  help: {
    output: 'the committed output directory to check',
    config: 'config file (with <spec>; default: found as by generate)',
    'no-config': 'use no config file (with <spec>)',
    templates: 'template overrides folder (with <spec>)',
    target: 'built-in target overlay, or python (with <spec>)',
    'python-package': 'with --target python: the import name (with <spec>)',
    'diff-lines': 'lines of unified diff to show per stale directory (default 80, 0 = summary only)',
    format:
      'text (default) or json: { upToDate, directories: [{ dir, spec, config, upToDate, files: [{ path, status }] }] } on stdout',
    quiet: 'print only stale directories',
  },
  async run({ positionals, values }) {
    if (positionals.length > 1) throw new UsageError(`expected at most one <spec>, got ${positionals.length}`);
    const rawLines = (values['diff-lines'] as string | undefined) ?? '80';
    if (!/^\d+$/.test(rawLines)) throw new UsageError(`--diff-lines must be a number, got ${JSON.stringify(rawLines)}`);
    const format = (values.format as string | undefined) ?? 'text';
    if (format !== 'text' && format !== 'json')
      throw new UsageError(`--format must be text or json, got ${JSON.stringify(format)}`);
    // `sdkgen check <dir>`: a folder holding an SDK's manifest is the output directory, not a spec.
    if (positionals.length === 1 && values.output === undefined && existsSync(path.join(positionals[0], MANIFEST_PATH)))
      [values.output] = positionals.splice(0, 1);
    const withSpec = positionals.length === 1;
    if (
      !withSpec &&
      [values.config, values.templates, values.target, values['python-package'], values['no-config']].some(
        (v) => v !== undefined,
      )
    ) {
      throw new UsageError(
        '--config, --templates and --target need a <spec>; without one the manifest says what to use',
      );
    }
    let result;
    try {
      result = await check({
        spec: positionals[0] ?? null,
        output: (values.output as string | undefined) ?? null,
        config: withSpec ? configOption(values) : undefined,
        templates: (values.templates as string | undefined) ?? null,
        target: (values.target as string | undefined) ?? null,
        pythonPackage: (values['python-package'] as string | undefined) ?? null,
      });
    } catch (error) {
      if (format === 'json')
        process.stdout.write(`${JSON.stringify({ ok: false, error: errorJson(error) }, null, 2)}\n`);
      return reportError(error, 'check', command);
    }
    if (format === 'json') {
      const directories = result.directories.map((d) => ({
        ...d,
        files: d.files.map((f) => ({ path: f.path, status: f.status })),
        customized: d.customized,
      }));
      process.stdout.write(`${JSON.stringify({ upToDate: result.upToDate, directories }, null, 2)}\n`);
    } else {
      for (const d of result.directories) {
        if (!d.upToDate || values.quiet !== true) {
          process.stdout.write(
            formatCheck(
              {
                target: {
                  dir: d.dir,
                  spec: d.spec,
                  config: d.config,
                  templates: d.templates,
                  target: d.target,
                  pythonPackage: d.pythonPackage ?? null,
                  formatter: d.formatter,
                },
                files: d.files,
                customized: d.customized,
                reused: d.reused,
                generated: d.generated,
                inputsUnchanged: d.inputsUnchanged,
              },
              Number(rawLines),
            ),
          );
        }
      }
    }
    return result.upToDate ? 0 : 1;
  },
};
