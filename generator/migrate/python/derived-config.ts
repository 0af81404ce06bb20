/**
 * The Stainless config a Stainless Python SDK repository records, for `sdkgen migrate --from-repo` (and a move with no
 * config found): its api.md's resources and methods (Python's names are the config's keys as they are), the models
 * each section of api.md lists (matched to the spec's schemas by name or by the shape Stainless's module declares:
 * python-models.ts), the package's import and distribution names, the client's name and its default base URL. What
 * the repository does not say (pagination schemes, client options) is left to the spec, and said in the notes.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import yaml from 'js-yaml';
import { parseApiMd } from '../../diff/api-md';
import { DERIVED_CONFIG_PATH, type DerivedConfig } from '../derived-config/config';
import type { RepoFile } from '../repository/stainless-repo';
import { pythonModels, type SpecSchemas } from './python-models';

interface ResourceNode {
  models?: Record<string, string>;
  methods: Record<string, string>;
  subresources: Map<string, ResourceNode>;
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * The config, or null when the repository has no api.md listing a method. With the spec's schemas (`spec`), the models
 * api.md lists are named too.
 */
export function derivePythonConfig(
  files: RepoFile[],
  importName: string,
  spec: SpecSchemas | null = null,
): DerivedConfig | null {
  const text = (file: string) => files.find((f) => f.path === file)?.text ?? null;
  const apiMd = text('api.md');
  if (apiMd === null) return null;
  const surface = parseApiMd(apiMd, text);
  const notes: string[] = [];
  const root: ResourceNode = { methods: {}, subresources: new Map() };
  let methods = 0;
  let pages = 0;
  for (const method of surface.methods) {
    const [client, ...chain] = method.chain.split('.');
    const name = chain.pop();
    const endpoint = /^(get|put|post|patch|delete|head|options|trace) (\/\S*)$/i.exec(method.endpoint);
    if (client !== 'client' || name === undefined || endpoint === null || chain.length === 0) {
      notes.push(`api.md: ${method.chain} (${method.endpoint || 'no endpoint'}) is no resource method: left out`);
      continue;
    }
    // A keyword Stainless escaped with a trailing underscore (`import_`) is the key without it.
    const keys = [...chain, name].map((key) => key.replace(/(?<=[a-z0-9])_$/, ''));
    if (!keys.every((key) => IDENTIFIER.test(key))) {
      notes.push(`api.md: ${method.chain}: its names cannot be written as a Stainless config's keys; left out`);
      continue;
    }
    let node = root;
    for (const key of keys.slice(0, -1)) {
      if (!node.subresources.has(key)) node.subresources.set(key, { methods: {}, subresources: new Map() });
      node = node.subresources.get(key)!;
    }
    node.methods[keys[keys.length - 1]] = `${endpoint[1].toLowerCase()} ${endpoint[2]}`;
    methods++;
    if (/\w*Page\[/.test(method.returns)) pages++;
  }
  if (methods === 0) return null;
  const models = spec === null ? null : pythonModels(apiMd, text, importName, spec, notes);
  let modelCount = 0;
  const casings = new Map<string, string>();
  for (const model of models ?? []) {
    let node = root;
    for (const key of model.resource) {
      if (!node.subresources.has(key)) node.subresources.set(key, { methods: {}, subresources: new Map() });
      node = node.subresources.get(key)!;
    }
    node.models = { ...node.models, [model.key]: `#/components/schemas/${model.schema}` };
    for (const [word, casing] of model.casings) casings.set(word, casing);
    modelCount++;
  }
  if (pages > 0)
    notes.push(
      `${pages} method(s) return a page class (api.md): the repository does not record its pagination scheme; ` +
        'add `pagination:` to the config for them to page',
    );
  const client = text(`src/${importName}/_client.py`) ?? '';
  const clientClass = /^class (\w+)\(SyncAPIClient\)/m.exec(client)?.[1] ?? null;
  const baseUrl = /^\s*base_url = f?"(https?:\/\/[^"{}]+)"/m.exec(client)?.[1] ?? null;
  const environments = environmentsOf(client) ?? (baseUrl ? { production: baseUrl } : null);
  const projectName = /^\[project\]\s*$[\s\S]*?^name\s*=\s*"([^"]+)"/m.exec(text('pyproject.toml') ?? '')?.[1] ?? null;
  if (clientClass === null)
    notes.push(`src/${importName}/_client.py: no client class found: organization.name is the package's`);
  const config: Record<string, unknown> = {
    organization: { name: clientClass ?? importName },
    targets: { python: { package_name: importName, ...(projectName ? { project_name: projectName } : {}) } },
    ...(environments ? { environments } : {}),
    ...(casings.size > 0 ? { custom_casings: Object.fromEntries(casings) } : {}),
    resources: resourcesOf(root),
  };
  const header =
    '# Written by `sdkgen migrate` from what the repository records (api.md, src/<package>/_client.py, pyproject.toml).\n' +
    "# Review it: pagination schemes are the spec's until the config names them.\n";
  return {
    text: header + yaml.dump(config, { lineWidth: -1, noRefs: true, quotingType: "'" }),
    counts: { resources: countResources(root), methods, models: modelCount, schemes: 0 },
    notes,
  };
}

/** The config in a temporary file, for the generation (the repository gets it with the other files); null: none. */
export function derivedPythonConfigFile(
  files: RepoFile[],
  importName: string,
  spec: SpecSchemas | null = null,
): { config: DerivedConfig; file: string; cleanup: () => void } | null {
  const config = derivePythonConfig(files, importName, spec);
  if (config === null) return null;
  const dir = mkdtempSync(path.join(tmpdir(), 'sdkgen-migrate-'));
  const file = path.join(dir, DERIVED_CONFIG_PATH);
  writeFileSync(file, config.text);
  return { config, file, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** `ENVIRONMENTS: Dict[str, str] = {"production": "https://…", …}` of Stainless's client module. */
function environmentsOf(client: string): Record<string, string> | null {
  const body = /^ENVIRONMENTS[^=\n]*=\s*\{([^}]*)\}/m.exec(client)?.[1];
  if (body === undefined) return null;
  const entries = [...body.matchAll(/"([\w-]+)":\s*"(https?:\/\/[^"]+)"/g)].map(([, name, url]) => [name, url]);
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}

function resourcesOf(node: ResourceNode): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, child] of node.subresources) {
    const entry: Record<string, unknown> = {};
    if (child.models && Object.keys(child.models).length > 0) entry.models = child.models;
    if (Object.keys(child.methods).length > 0) entry.methods = child.methods;
    if (child.subresources.size > 0) entry.subresources = resourcesOf(child);
    out[key] = entry;
  }
  return out;
}

function countResources(node: ResourceNode): number {
  let count = 0;
  for (const child of node.subresources.values()) count += 1 + countResources(child);
  return count;
}
