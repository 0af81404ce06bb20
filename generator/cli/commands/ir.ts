/**
 * `sdkgen ir <spec>`: print the data templates are rendered with, so template authors see exactly what
 * they get. By default the views (one entry per planned file: path, template, view type and view, plus the
 * runtime view), whose JSON Schema is templates/views.schema.json; with `--ir`, the intermediate
 * representation the views are built from. Nothing is rendered, so this works even while a template is broken.
 */
import { writeFile } from 'node:fs/promises';
import yaml from 'js-yaml';
import { loadConfig } from '../../config';
import { Diagnostics, SpecError, UsageError } from '../../diagnostics';
import { mcpRequest, templateLayers } from '../../generate';
import { planFiles } from '../../emit/typescript/plan';
import { typeScriptTargetOptions } from '../../stainless/typescript-target';
import { extraTemplates, runtimeView } from '../../emit/typescript/runtime-files';
import { viewTypeOf } from '../../emit/typescript/view-schema';
import type { RuntimeView } from '../../emit/typescript/views';
import { buildIr } from '../../ir/build';
import { withMcpServer } from '../../ir/mcp';
import type { Api } from '../../ir/types';
import { validateIr } from '../../ir/validate';
import { loadSpec } from '../../load/load';
import { normalize } from '../../normalize/normalize';
import { globRegExp } from './templates';
import { withInputs } from '../../api/generate';
import { configOption, printDiagnostics, type CommandSpec } from '../command';

export interface ViewDump {
  files: Array<{ path: string; template: string; viewType: string; view: object }>;
  runtime: RuntimeView;
}

export interface IrOptions {
  spec: string;
  config?: string | null;
  templates?: string | null;
  target?: string | null;
  /** `--mcp`: plan the MCP server package too. */
  mcp?: boolean;
}

/** Load → IR → plan, as `generate` does, without rendering. */
export async function planViews(options: IrOptions): Promise<{ api: Api; dump: ViewDump; diagnostics: Diagnostics }> {
  const diagnostics = new Diagnostics();
  const config = await loadConfig(options.config ?? null);
  const spec = await loadSpec(options.spec, diagnostics);
  const built = buildIr(normalize(spec, config, diagnostics), config, diagnostics).api;
  const mcp = mcpRequest(options, config);
  const api = mcp ? withMcpServer(built, mcp) : built;
  validateIr(api);
  if (diagnostics.errors.length > 0) throw new SpecError(diagnostics.errors[0]);
  const layers = templateLayers(config, options);
  const importExt = options.target === 'deno' ? '.ts' : '.js';
  const target = typeScriptTargetOptions(config.stainless);
  const planned = planFiles(api, {
    importExt,
    extraTemplates: await extraTemplates(layers.dirs),
    // As generate plans them: the config's `funcs: false` leaves the standalone functions out.
    funcs: config.funcs,
    referenceDocs: config.referenceDocs,
    target,
  });
  return {
    api,
    diagnostics,
    dump: {
      files: planned.map((f) => ({
        path: f.path,
        template: f.template,
        viewType: viewTypeOf(f.template) ?? 'CommonView',
        view: f.view,
      })),
      runtime: runtimeView(api, { target }),
    },
  };
}

export const command: CommandSpec = {
  name: 'ir',
  summary:
    'Print the views templates are rendered with (or, with --ir, the intermediate representation) as JSON or YAML.',
  usage:
    'sdkgen ir <spec> [--format json|yaml] [--file <path|glob>] [--ir] [--config <file>] [--target <name>] [-o <file>]',
  options: {
    format: { type: 'string' },
    file: { type: 'string', multiple: true },
    ir: { type: 'boolean' },
    config: { type: 'string', short: 'c' },
    'no-config': { type: 'boolean' },
    templates: { type: 'string' },
    target: { type: 'string' },
    mcp: { type: 'boolean' },
    output: { type: 'string', short: 'o' },
  },
  help: {
    format: 'json (default) or yaml',
    file: 'only the views of these output files (path or glob, repeatable): --file src/client.ts',
    ir: 'print the IR instead of the views',
    config: 'config file, as for generate (default: found as generate finds it)',
    'no-config': 'use no config file',
    templates: 'your template folder (extra templates appear as files)',
    target: 'built-in target overlay, e.g. deno (changes importExt and the files)',
    mcp: 'plan the MCP server package too (packages/mcp-server), as generate --mcp',
    output: 'write to this file instead of stdout',
    help: 'show this help',
  },
  async run({ positionals, values }) {
    if (positionals.length !== 1)
      throw new UsageError(
        positionals.length === 0 ? 'missing <spec>' : `expected one <spec>, got ${positionals.length}`,
      );
    const format = (values.format as string | undefined) ?? 'json';
    if (format !== 'json' && format !== 'yaml')
      throw new UsageError(`--format must be json or yaml, got ${JSON.stringify(format)}`);
    // The spec may be a URL or stdin, and the config found: as for generate.
    const { api, dump, diagnostics } = await withInputs(
      { spec: positionals[0], config: configOption(values) },
      async ({ source, config }) => {
        const planned = await planViews({
          spec: source.path,
          config: config.file,
          templates: (values.templates as string | undefined) ?? null,
          target: (values.target as string | undefined) ?? null,
          mcp: values.mcp === true,
        });
        return {
          ...planned,
          diagnostics: planned.diagnostics.list.map((d) => ({ ...d, file: source.displayFile(d.file) })),
        };
      },
    );
    printDiagnostics(diagnostics, 'text', false);
    let data: unknown;
    if (values.ir === true) {
      if (values.file) throw new UsageError('--file selects views; it does not apply with --ir');
      data = api;
    } else {
      const patterns = ((values.file as string[] | undefined) ?? []).map(globRegExp);
      const files = patterns.length > 0 ? dump.files.filter((f) => patterns.some((re) => re.test(f.path))) : dump.files;
      if (patterns.length > 0 && files.length === 0) {
        process.stderr.write(
          `sdkgen ir: no planned file matches ${(values.file as string[]).join(', ')}; files are: ${dump.files.map((f) => f.path).join(', ')}\n`,
        );
        return 1;
      }
      data = { files, runtime: dump.runtime } satisfies ViewDump;
    }
    const text =
      format === 'json'
        ? `${JSON.stringify(data, null, 2)}\n`
        : yaml.dump(data, { noRefs: true, lineWidth: -1, sortKeys: false });
    if (values.output) await writeFile(values.output as string, text);
    else process.stdout.write(text);
    return 0;
  },
};
