/**
 * `sdkgen templates list|eject`: see the template layers, and copy built-in templates out to customise them.
 *
 *   sdkgen templates list [--target <name>] [--templates <dir>] [--config <file>] [--json]
 *   sdkgen templates eject <path|glob>... [--target <name>] [--to <dir>] [--force]
 *
 * Each subcommand has its own options and help (`sdkgen help templates eject`).
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { loadConfig } from '../../config';
import { UsageError } from '../../diagnostics';
import { packageRoot, templateLayers } from '../../generate';
import { listFiles, templateKind } from '../../emit/typescript/runtime-files';
import { viewTypeOf } from '../../emit/typescript/view-schema';
import { resolveConfig } from '../../api/generate';
import { configOption, type CommandSpec } from '../command';

export interface TemplateEntry {
  /** Logical path, the same in every layer: "src/client.ts.hbs". */
  logical: string;
  kind: 'template' | 'partial' | 'runtime' | 'extra';
  /** The view it is rendered with, or null (runtime .ts files are copied, not rendered). */
  view: string | null;
  /** Label of the layer serving it: "user", "target deno" or "base". */
  layer: string;
  /** Folder of that layer. */
  dir: string;
  /** Lower layers that also have it (and are overridden). */
  overrides: string[];
}

export interface Layer {
  label: string;
  dir: string;
}

/** The layers, highest priority first, labelled. */
export function labelledLayers(dirs: string[]): Layer[] {
  const root = packageRoot();
  const targets = path.join(root, 'templates', 'targets');
  return dirs.map((dir) => {
    if (dir === path.join(root, 'templates', 'base')) return { label: 'base', dir };
    if (path.dirname(dir) === targets) return { label: `target ${path.basename(dir)}`, dir };
    return { label: 'user', dir };
  });
}

/** Every logical template (and runtime file) across the layers and which layer serves it, sorted by path. */
export async function templateEntries(layers: Layer[]): Promise<TemplateEntry[]> {
  const base = new Set(await listFiles(layers[layers.length - 1].dir));
  const entries = new Map<string, TemplateEntry>();
  for (const layer of layers) {
    for (const logical of await listFiles(layer.dir)) {
      const kind = templateKind(logical, base);
      if (kind === 'other') continue;
      // A runtime file is one SDK file whether it is x.ts or x.ts.hbs.
      const key = kind === 'runtime' ? logical.replace(/\.hbs$/, '') : logical;
      const seen = entries.get(key);
      if (seen) seen.overrides.push(layer.label);
      else
        entries.set(key, {
          logical,
          kind,
          view: viewTypeOf(logical),
          layer: layer.label,
          dir: layer.dir,
          overrides: [],
        });
    }
  }
  return [...entries.values()].sort((a, b) => (a.logical < b.logical ? -1 : a.logical > b.logical ? 1 : 0));
}

/** A glob (`*` within a path segment, `**` across segments, `?` one character) as a RegExp over logical paths. */
export function globRegExp(pattern: string): RegExp {
  let source = '';
  const p = pattern.replace(/^\.\//, '').replace(/\/+$/, '');
  for (let i = 0; i < p.length; i++) {
    const c = p[i];
    if (c === '*' && p[i + 1] === '*') {
      const slash = p[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (c === '*') source += '[^/]*';
    else if (c === '?') source += '[^/]';
    else source += c.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  // A folder matches everything under it.
  return new RegExp(`^${source}(?:/.*)?$`);
}

const list: CommandSpec = {
  name: 'list',
  summary:
    'List the template layers, highest priority first, and which layer serves each template, partial and runtime file.',
  usage: 'sdkgen templates list [--target <name>] [--templates <dir>] [--config <file>] [--json]',
  options: {
    target: { type: 'string' },
    templates: { type: 'string' },
    config: { type: 'string', short: 'c' },
    'no-config': { type: 'boolean' },
    json: { type: 'boolean' },
  },
  help: {
    target: 'built-in target overlay to include, e.g. deno',
    templates: 'your template folder (highest-priority layer)',
    config: 'config file whose `templates:` folder to include (default: found in the working directory)',
    'no-config': 'use no config file',
    json: 'print JSON instead of a table',
  },
  async run({ positionals, values }) {
    if (positionals.length > 0) throw new UsageError(`templates list takes no arguments, got ${positionals.join(' ')}`);
    const target = (values.target as string | undefined) ?? null;
    const configFile = resolveConfig({ config: configOption(values) }, null).file;
    const config = await loadConfig(configFile);
    const layers = labelledLayers(
      templateLayers(config, { templates: (values.templates as string | undefined) ?? null, target }).dirs,
    );
    const entries = await templateEntries(layers);
    if (values.json === true) {
      process.stdout.write(`${JSON.stringify({ layers, templates: entries }, null, 2)}\n`);
      return 0;
    }
    const root = packageRoot();
    const show = (dir: string) =>
      dir.startsWith(root + path.sep) ? path.relative(root, dir) : path.relative(process.cwd(), dir) || '.';
    const lines = ['Layers, highest priority first:'];
    for (const layer of layers) lines.push(`  ${layer.label.padEnd(14)} ${show(layer.dir)}`);
    lines.push('');
    const width = Math.max(...entries.map((e) => e.logical.length), 8) + 2;
    lines.push(`${'template'.padEnd(width)}${'kind'.padEnd(10)}${'view'.padEnd(18)}served by`);
    for (const e of entries) {
      const overrides = e.overrides.length > 0 ? ` (overrides ${e.overrides.join(', ')})` : '';
      lines.push(
        `${e.logical.padEnd(width)}${e.kind.padEnd(10)}${(e.view ?? '(copied)').padEnd(18)}${e.layer}${overrides}`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  },
};

const eject: CommandSpec = {
  name: 'eject',
  summary:
    'Copy built-in templates (by path or glob) out to a folder to customise them; never overwrites without --force.',
  usage: 'sdkgen templates eject <path|glob>... [--target <name>] [--to <dir>] [--force]',
  options: {
    target: { type: 'string' },
    to: { type: 'string' },
    force: { type: 'boolean' },
  },
  help: {
    target: 'copy from this built-in target overlay (over base), e.g. deno',
    to: 'folder to copy into (default: sdkgen-templates)',
    force: 'overwrite files that already exist there',
  },
  async run({ positionals, values }) {
    const args = positionals;
    const target = (values.target as string | undefined) ?? null;
    if (args.length === 0)
      throw new UsageError('templates eject needs a template path or glob, e.g. src/client.ts.hbs or "partials/*"');
    const to = path.resolve((values.to as string | undefined) ?? 'sdkgen-templates');
    // Only the built-in layers: the target overlay (when given) over base.
    const builtIn = labelledLayers(templateLayers(await loadConfig(null), { target }).dirs);
    const entries = await templateEntries(builtIn);
    const selected = new Map<string, TemplateEntry>();
    for (const pattern of args) {
      const re = globRegExp(pattern);
      const matches = entries.filter((e) => re.test(e.logical));
      if (matches.length === 0) {
        process.stderr.write(
          `sdkgen templates: no built-in template matches ${JSON.stringify(pattern)}${target ? ` (target ${target})` : ''}; see \`sdkgen templates list\`\n`,
        );
        return 1;
      }
      for (const m of matches) selected.set(m.logical, m);
    }
    const copies = [...selected.values()].map((e) => ({
      entry: e,
      from: path.join(e.dir, e.logical),
      to: path.join(to, e.logical),
    }));
    const existing = copies.filter((c) => existsSync(c.to));
    if (existing.length > 0 && values.force !== true) {
      process.stderr.write(
        `sdkgen templates: not overwriting ${existing.length} existing file(s) (pass --force to replace them):\n` +
          `${existing.map((c) => `  ${path.relative(process.cwd(), c.to)}`).join('\n')}\n`,
      );
      return 1;
    }
    for (const c of copies) {
      await mkdir(path.dirname(c.to), { recursive: true });
      await copyFile(c.from, c.to);
      process.stdout.write(`${path.relative(process.cwd(), c.to) || c.to}  (from ${c.entry.layer})\n`);
    }
    const rel = path.relative(process.cwd(), to) || '.';
    process.stdout.write(
      `\nEjected ${copies.length} file(s). Edit them, then: sdkgen generate <spec> --templates ${rel}${target ? ` --target ${target}` : ''}\n`,
    );
    return 0;
  },
};

export const command: CommandSpec = {
  name: 'templates',
  summary: 'See the template layers, and copy built-in templates out to customise them.',
  usage: 'sdkgen templates list [options] | sdkgen templates eject <path|glob>... [options]',
  options: {},
  help: {},
  subcommands: { list, eject },
  async run() {
    throw new UsageError('missing subcommand: list or eject');
  },
};
