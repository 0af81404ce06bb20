/**
 * `sdkgen check [<spec> -o <dir>]`: fail (exit 1) when a committed SDK differs from a fresh generation.
 * Never writes. Without arguments, checks every SDK under ./generated that records its inputs in
 * `.sdkgen/manifest.json`; with `-o <dir>` only, that directory.
 */
import path from 'node:path';
import { UsageError } from '../../diagnostics';
import { checkOutput, findGeneratedDirs, formatCheck, targetFromManifest, type CheckTarget } from '../../diff/check';
import { generate } from '../../generate';
import { kebabCase } from '../../naming/case';
import type { CommandSpec } from '../main';

export const command: CommandSpec = {
  name: 'check',
  summary:
    'Regenerate in memory and compare with the committed output directory; exit 1 when it is stale. Never writes.\n' +
    'Without <spec>, the spec and config recorded in <dir>/.sdkgen/manifest.json are used; without -o, every\n' +
    'directory under ./generated that has a manifest is checked.',
  usage: 'sdkgen check [<spec> -o <dir>] [--config <file>] [--diff-lines <n>]',
  options: {
    output: { type: 'string', short: 'o' },
    config: { type: 'string', short: 'c' },
    templates: { type: 'string' },
    target: { type: 'string' },
    'diff-lines': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  },
  help: {
    output: 'the committed output directory to check',
    config: 'sdkgen.config.yaml (with <spec>)',
    templates: 'template overrides folder (with <spec>)',
    target: 'built-in target overlay (with <spec>)',
    'diff-lines': 'lines of unified diff to show per stale directory (default 80, 0 = summary only)',
    quiet: 'print only stale directories',
    help: 'show this help',
  },
  async run({ positionals, values }) {
    if (positionals.length > 1) throw new UsageError(`expected at most one <spec>, got ${positionals.length}`);
    const rawLines = (values['diff-lines'] as string | undefined) ?? '80';
    if (!/^\d+$/.test(rawLines)) throw new UsageError(`--diff-lines must be a number, got ${JSON.stringify(rawLines)}`);
    const out = values.output as string | undefined;
    const generationOptions = [values.config, values.templates, values.target].some((v) => v !== undefined);
    let targets: CheckTarget[];
    if (positionals.length === 1) {
      const spec = positionals[0];
      const config = (values.config as string | undefined) ?? null;
      const dir = out ?? path.join('generated', kebabCase((await generate({ spec, config, format: false })).api.clientName));
      targets = [{ dir, spec, config, templates: (values.templates as string | undefined) ?? null, target: (values.target as string | undefined) ?? null }];
    } else {
      if (generationOptions) throw new UsageError('--config, --templates and --target need a <spec>; without one the manifest says what to use');
      const dirs = out ? [out] : findGeneratedDirs('generated');
      if (dirs.length === 0) throw new UsageError('no <spec> given and no generated/<name>/.sdkgen/manifest.json found');
      targets = await Promise.all(dirs.map((dir) => targetFromManifest(dir)));
    }
    let stale = 0;
    for (const target of targets) {
      const result = await checkOutput(target);
      if (result.files.length > 0) stale++;
      if (result.files.length > 0 || values.quiet !== true) {
        process.stdout.write(formatCheck(result, Number(rawLines)));
      }
    }
    return stale > 0 ? 1 : 0;
  },
};
