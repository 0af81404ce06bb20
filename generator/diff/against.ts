/**
 * `sdkgen diff --against <published> <spec>`: every place where the SDK sdkgen generates from a spec
 * differs from the SDK users have today (a Stainless SDK, before switching), at the level api.md shows:
 * methods (endpoint, call chain, arguments, return type) and exported types.
 *
 * <published> is the SDK's api.md (nested `api.md` files it links are read too), an installed package
 * folder, or an npm tarball; the last two are read from their declaration files (dts-surface.ts). Our side
 * is read from the api.md files rendered in memory (not formatted; nothing else of the SDK is planned or rendered) —
 * the text `sdkgen generate` writes — with the required-ness of params objects taken from the IR.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { UsageError } from '../diagnostics';
import { renderApiDocs } from '../generate';
import type { Api, Resource } from '../ir/types';
import { compareApiSurfaces, parseApiMd, resourceOf, type ApiChange, type ApiSurface } from './api-md';
import { buildResult } from './diff';
import { readPackageSurface } from './dts-surface';
import type { Change, DiffResult, DiffSide } from './model';

export interface AgainstInputs {
  /** The published SDK: api.md, a package folder, or a .tgz. */
  against: string;
  spec: string;
  config?: string | null;
  cwd?: string;
}

export interface PublishedSurface {
  surface: ApiSurface;
  side: DiffSide;
}

/** Read the published side: api.md (file, or a folder holding one and no package.json), package folder, or .tgz. */
export async function readPublished(input: string, cwd: string = process.cwd()): Promise<PublishedSurface> {
  const file = path.resolve(cwd, input);
  if (!existsSync(file)) throw new UsageError(`--against: ${input} not found`);
  const isDir = statSync(file).isDirectory();
  const apiMd =
    isDir && !existsSync(path.join(file, 'package.json'))
      ? path.join(file, 'api.md')
      : !isDir && !/\.(tgz|tar\.gz)$/.test(file)
        ? file
        : null;
  if (apiMd) {
    if (!existsSync(apiMd)) throw new UsageError(`--against: ${input} has neither a package.json nor an api.md`);
    const root = path.dirname(apiMd);
    const read = (nested: string) => {
      const target = path.join(root, nested);
      return existsSync(target) ? readFileSync(target, 'utf8') : null;
    };
    const surface = parseApiMd(readFileSync(apiMd, 'utf8'), read);
    if (surface.methods.length === 0 && surface.types.length === 0)
      throw new UsageError(`--against: ${input} lists no methods or types (expected a Stainless-style api.md)`);
    // A checkout of the SDK has its package.json next to api.md: name and version for the report.
    const pkg = readJson(path.join(root, 'package.json'));
    return {
      surface,
      side: {
        input,
        title: pkg?.name ?? 'api.md',
        specVersion: pkg?.version ?? '',
        clientName: '',
      },
    };
  }
  const read = await readPackageSurface(file, cwd);
  return {
    surface: read.surface,
    side: {
      input,
      title: read.name,
      specVersion: read.version,
      clientName: read.clientName,
    },
  };
}

/**
 * The language of a published api.md: Python where its links lead to `.py` modules (a Stainless Python SDK's), else
 * TypeScript.
 */
export function publishedTarget(surface: ApiSurface): 'python' | null {
  const links = [...surface.methods.map((m) => m.module), ...surface.types.map((t) => t.module)];
  return links.some((module) => /\.py(#|$)/.test(module ?? '')) ? 'python' : null;
}

/** Our SDK's surface: the api.md `generate()` renders, with params required-ness from the IR. */
export async function ourSurface(
  spec: string,
  config: string | null,
  target: 'python' | null = null,
): Promise<{ surface: ApiSurface; api: Api }> {
  const result = await renderApiDocs({ spec, config, target });
  const byPath = new Map(result.files.map((f) => [f.path, f.contents]));
  const text = byPath.get('api.md');
  if (text === undefined) throw new UsageError('the templates in use render no api.md: nothing to compare');
  const surface = parseApiMd(text, (nested) => byPath.get(nested) ?? null);
  const required = new Map<string, boolean>();
  const visit = (r: Resource) => {
    for (const m of r.methods) if (m.params) required.set(`client.${r.path}.${m.name}`, m.params.required);
    r.subresources.forEach(visit);
  };
  result.api.resources.forEach(visit);
  for (const m of surface.methods) {
    const r = required.get(m.chain);
    if (r !== undefined) m.paramsRequired = r;
  }
  return { surface, api: result.api };
}

/**
 * Our api.md lists paths after the base path the base URL carries (`/api/where` from the spec alone); a published SDK
 * whose base URL stops at the host lists them whole. When most of its endpoints start with our base path, ours are
 * compared whole too, so moving the prefix into the base URL is not read as every endpoint changing.
 */
function alignBasePath(published: ApiSurface, ours: ApiSurface, basePath: string): void {
  if (!basePath) return;
  const withPath = published.methods.filter((m) => m.endpoint !== '');
  const whole = withPath.filter((m) => m.endpoint.split(' ')[1]?.startsWith(`${basePath}/`));
  if (whole.length * 2 <= withPath.length) return;
  for (const m of ours.methods) {
    const [verb, route] = m.endpoint.split(' ');
    if (verb && route) m.endpoint = `${verb} ${basePath}${route}`;
  }
}

export async function diffAgainst(inputs: AgainstInputs): Promise<DiffResult> {
  const cwd = inputs.cwd ?? process.cwd();
  const published = await readPublished(inputs.against, cwd);
  // A Python SDK's api.md is compared with the Python package sdkgen writes.
  const ours = await ourSurface(
    path.resolve(cwd, inputs.spec),
    inputs.config ? path.resolve(cwd, inputs.config) : null,
    publishedTarget(published.surface),
  );
  alignBasePath(published.surface, ours.surface, ours.api.basePath);
  const changes = compareApiSurfaces(published.surface, ours.surface);
  const resources = [...published.surface.methods, ...ours.surface.methods].map((m) => resourceOf(m.chain) || 'client');
  const api = ours.api;
  return buildResult(changes.map(toChange), resources, published.side, {
    input: inputs.spec,
    title: api.title,
    specVersion: api.specVersion,
    clientName: api.clientName,
  });
}

/** An api-level change in the diff model, so the text/Markdown/JSON reports print it like any other. */
export function toChange(c: ApiChange): Change {
  const resource = c.chain === null ? null : resourceOf(c.chain);
  const method = c.chain === null ? null : (c.chain.split('.').pop() ?? null);
  const head = c.chain === null ? `type ${c.type}` : c.chain.replace(/^client\./, '');
  return {
    kind: c.kind,
    classification: c.classification,
    reason: c.reason,
    message: c.message,
    group: c.chain === null ? 'types' : resource || 'client',
    resource: resource || null,
    method,
    type: c.type,
    location: c.part ? `${head} › ${c.part}` : head,
    direction: null,
    before: c.before,
    after: c.after,
    affects: [],
    source: { old: null, new: null },
  };
}

function readJson(file: string): { name?: string; version?: string } | null {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as {
      name?: string;
      version?: string;
    };
  } catch {
    return null;
  }
}
