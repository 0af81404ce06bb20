// The generators compared: sdkgen (this repository's CLI, built into dist/) and the peers installed as
// devDependencies. Each says how to run it, what to type-check and how a one-call program uses its output.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** The column of sdkgen with `--no-funcs --no-reference-docs`. */
export const LEAN_SDKGEN = 'sdkgen:lean';
/** The column of sdkgen with `--target python`: the Python SDK of the same spec. */
export const PYTHON_SDKGEN = 'sdkgen:python';

/**
 * name: column label; pkg: npm package (peers); what: what it generates; env: extra environment;
 * args(spec, out): CLI arguments; tsc(out): { project } or { files } to type-check;
 * oneCall(out, spec): { source, resourceSource?, call? } of a program calling spec.oneCall, or { skip }.
 * consumer(out, spec, declDir): { source } of a program using the output the way a project using the package
 * type-checks it (through declaration files, built into declDir), or { skip }; tools without it are not measured.
 * `formatters` (values of sdkgen's --formatter) makes one sdkgen column each: `sdkgen` for the default
 * (oxfmt), `sdkgen:<formatter>` for the others.
 */
export function tools(root, { formatters = [] } = {}) {
  const require = createRequire(path.join(root, 'package.json'));
  const sdkgen = {
    name: 'sdkgen',
    sdkgen: true,
    what: 'full SDK (client, resources, types, pagination, errors, retries, tests, docs)',
    bin: path.join(root, 'bin/sdkgen.js'),
    version: JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version,
    args: (spec, out) => [
      'generate',
      spec.path,
      '-o',
      out,
      '-q',
      '--timings',
      ...(spec.config ? ['--config', path.join(root, spec.config)] : []),
    ],
    // src/ only, with the SDK's own compiler options (strict, noUncheckedIndexedAccess): what its users compile.
    // The SDK's tsconfig.json also includes its generated tests/, so a tsconfig.bench.json narrows it to src/.
    tsc: (out) => {
      const project = path.join(out, 'tsconfig.bench.json');
      writeFileSync(project, JSON.stringify({ extends: './tsconfig.json', include: ['src'] }, null, 2) + '\n');
      return { project };
    },
    oneCall: sdkgenOneCall,
    consumer: sdkgenConsumer,
  };
  // The other output shape the targets name: classes and types only (no standalone functions, no docs/
  // pages). Timed only: its tsc, bundles and growth would repeat the full SDK's (the same src/ less src/funcs/).
  const lean = {
    ...sdkgen,
    name: LEAN_SDKGEN,
    lean: true,
    what: 'SDK without standalone functions and reference docs (--no-funcs --no-reference-docs)',
    args: (spec, out) => [...sdkgen.args(spec, out), '--no-funcs', '--no-reference-docs'],
  };
  // The Python SDK of the same spec (its import name from the package name, as users get it): timed only,
  // against the TypeScript SDK's run in the same rounds. No peer generating Python is installed to compare with.
  const python = {
    ...sdkgen,
    name: PYTHON_SDKGEN,
    python: true,
    what: 'Python SDK (--target python: sync and async clients, resources, types, pagination, tests, docs)',
    args: (spec, out) => [...sdkgen.args(spec, out), '--target', 'python'],
  };
  // Each output shape once per formatter asked for (oxfmt's keeps the plain name), so that what formatting costs is
  // read off one run: `sdkgen:none` and `sdkgen:lean:none` are the same work unformatted.
  const withFormatter = (tool, f) => ({
    ...tool,
    name: f === 'oxfmt' ? tool.name : `${tool.name}:${f}`,
    args: (spec, out) => [...tool.args(spec, out), '--formatter', f],
  });
  const variants = formatters.length === 0 ? [sdkgen] : formatters.map((f) => withFormatter(sdkgen, f));
  const leanVariants = formatters.length === 0 ? [lean] : formatters.map((f) => withFormatter(lean, f));
  const peers = [
    {
      name: 'openapi-typescript',
      pkg: 'openapi-typescript',
      what: 'types only',
      args: (spec, out) => [spec.path, '-o', path.join(out, 'schema.ts')],
      tsc: (out) => ({ files: [path.join(out, 'schema.ts')] }),
      oneCall: () => ({ skip: 'types only (no client)' }),
      // Its documented use: the output saved as a declaration file (`-o schema.d.ts`), its types looked up by path.
      consumer: (out, spec, declDir) => {
        mkdirSync(declDir, { recursive: true });
        copyFileSync(path.join(out, 'schema.ts'), path.join(declDir, 'schema.d.ts'));
        const op = `paths[${JSON.stringify(spec.oneCall.path)}][${JSON.stringify(spec.oneCall.method)}]`;
        return {
          source:
            `import type { paths } from ${JSON.stringify(path.join(declDir, 'schema.js'))};\n` +
            `declare const response: ${op}['responses'];\nconsole.log(response);\n`,
        };
      },
    },
    {
      name: 'oazapfts',
      pkg: 'oazapfts',
      what: 'one file of functions, thin runtime',
      prepare: (out) => mkdirSync(out, { recursive: true }),
      args: (spec, out) => [spec.path, path.join(out, 'api.ts')],
      tsc: (out) => ({ files: [path.join(out, 'api.ts')] }),
      oneCall: (out, spec) => {
        const fn = exportedNear(
          readFileSync(path.join(out, 'api.ts'), 'utf8'),
          spec.oneCall.path,
          /export function (\w+)\(/g,
        );
        return fn
          ? {
              source: `import { ${fn}, defaults } from ${JSON.stringify(path.join(out, 'api.ts'))};\ndefaults.baseUrl = 'http://127.0.0.1:1';\nconsole.log(await ${fn}());\n`,
            }
          : { skip: `no function for ${spec.oneCall.path}` };
      },
    },
    {
      name: 'hey-api',
      pkg: '@hey-api/openapi-ts',
      what: 'types + sdk functions + fetch client',
      args: (spec, out) => ['-i', spec.path, '-o', out, '-s', '--no-log-file'],
      tsc: (out) => ({ files: tsFiles(out) }),
      oneCall: (out, spec) => {
        const fn = exportedNear(
          readFileSync(path.join(out, 'sdk.gen.ts'), 'utf8'),
          spec.oneCall.path,
          /export const (\w+) = /g,
        );
        return fn
          ? {
              source:
                `import { ${fn} } from ${JSON.stringify(path.join(out, 'sdk.gen.ts'))};\n` +
                `import { client } from ${JSON.stringify(path.join(out, 'client.gen.ts'))};\n` +
                `client.setConfig({ baseUrl: 'http://127.0.0.1:1' });\nconsole.log(await ${fn}());\n`,
            }
          : { skip: `no function for ${spec.oneCall.path}` };
      },
    },
  ].map((tool) => {
    try {
      const pkgJson = packageJsonPath(require, root, tool.pkg);
      const meta = JSON.parse(readFileSync(pkgJson, 'utf8'));
      const bin = typeof meta.bin === 'string' ? meta.bin : Object.values(meta.bin ?? {})[0];
      return bin
        ? { ...tool, bin: path.join(path.dirname(pkgJson), bin), version: meta.version, installed: true }
        : { ...tool, installed: false };
    } catch {
      return { ...tool, installed: false };
    }
  });
  return [...[...variants, ...leanVariants, python].map((t) => ({ ...t, installed: existsSync(t.bin) })), ...peers];
}

/** A package's package.json, also when its `exports` do not list it. */
export function packageJsonPath(require, root, pkg) {
  try {
    return require.resolve(`${pkg}/package.json`);
  } catch {
    for (let dir = root; ; dir = path.dirname(dir)) {
      const candidate = path.join(dir, 'node_modules', pkg, 'package.json');
      if (existsSync(candidate)) return candidate;
      if (path.dirname(dir) === dir) throw new Error(`${pkg} is not installed`);
    }
  }
}

/** The last exported function declared before the first literal of `urlPath` in `source`. */
function exportedNear(source, urlPath, declaration) {
  const at = Math.min(
    ...[`'${urlPath}'`, `"${urlPath}"`, `\`${urlPath}\``].map((q) => source.indexOf(q)).filter((i) => i >= 0),
  );
  if (!Number.isFinite(at)) return null;
  let best = null;
  for (const m of source.matchAll(declaration)) {
    if (m.index > at) break;
    best = m[1];
  }
  return best;
}

function tsFiles(dir) {
  const out = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFiles(full));
    else if (entry.name.endsWith('.ts')) out.push(full);
  }
  return out.sort();
}

const ONE_CALL_OPTIONS = `{ apiKey: 'k', bearerToken: 'k', accessToken: 'k', baseURL: 'http://127.0.0.1:1' }`;

/**
 * sdkgen's one-call programs, found through api.md
 * (`<code title="get /health">client.health.<a href="./src/resources/health.ts">check</a>()`, or `…</a>({ ...params })`
 * when the method takes parameters: the specs' one-call endpoints have only optional ones, so it is called without):
 * - source: `new Client(...).health.check()`, the SDK's documented shape (the client creates every resource);
 * - resourceSource: the resource class alone on `<Client>Core` (the client without resources), the SDK's
 *   tree-shakable shape (falls back to a minimal BaseClient subclass for SDKs generated before it existed).
 */
export function sdkgenOneCall(out, spec) {
  const api = readFileSync(path.join(out, 'api.md'), 'utf8');
  const title = `${spec.oneCall.method} ${spec.oneCall.path}`;
  const line = api.split('\n').find((l) => l.includes(`<code title="${title}">`));
  const m =
    line &&
    /<code title="[^"]*">client\.([\w.]*?)\.?<a href="\.\/([^"]+)">([^<]+)<\/a>\((?:\{ \.\.\.params \})?\)/.exec(line);
  if (!m) return { skip: `no method for ${title} in api.md` };
  const chain = m[1] ? `${m[1]}.` : '';
  const method = m[3].replace(/\\_/g, '_');
  const clientClass = /export class (\w+) extends \w+/.exec(readFileSync(path.join(out, 'src/client.ts'), 'utf8'))?.[1];
  // The SDK's own tree-shakable shape: `<Client>Core` (client without resources) + one resource class.
  const coreFile = path.join(out, 'src/client-core.ts');
  const coreClass = existsSync(coreFile)
    ? /export class (\w+Core) extends BaseClient/.exec(readFileSync(coreFile, 'utf8'))?.[1]
    : undefined;
  if (!clientClass) return { skip: 'no client class in src/client.ts' };
  const resourceFile = path.join(out, m[2]);
  const resourceClass = /export class (\w+) extends APIResource/.exec(readFileSync(resourceFile, 'utf8'))?.[1];
  const call = `client.${chain}${method}()`;
  const options = ONE_CALL_OPTIONS;
  const source = `import { ${clientClass} } from ${JSON.stringify(path.join(out, 'src/index.ts'))};\nconst client = new ${clientClass}(${options});\nconsole.log(await ${call});\n`;
  const resourceSource =
    resourceClass && coreClass
      ? `import { ${coreClass} } from ${JSON.stringify(coreFile)};\n` +
        `import { ${resourceClass} } from ${JSON.stringify(resourceFile)};\n` +
        `console.log(await new ${resourceClass}(new ${coreClass}(${options})).${method}());\n`
      : resourceClass
        ? `import { BaseClient } from ${JSON.stringify(path.join(out, 'src/core/base-client.ts'))};\n` +
          `import { ${resourceClass} } from ${JSON.stringify(resourceFile)};\n` +
          `class Client extends BaseClient {\n  constructor(options: any) {\n    super(options, { defaultBaseURL: null, envPrefix: 'X', packageName: 'x', packageVersion: '0', idempotencyHeader: null });\n  }\n}\n` +
          `console.log(await new ${resourceClass}(new Client({ baseURL: 'http://127.0.0.1:1' })).${method}());\n`
        : null;
  return { source, resourceSource, call, clientClass };
}

/**
 * A project using the SDK as a package sees its declaration files (`tsc -p tsconfig.build.json`, what `npm run build`
 * publishes), not its sources: this builds them into declDir and returns the one-call program importing them.
 */
export function sdkgenConsumer(out, spec, declDir) {
  const call = sdkgenOneCall(out, spec);
  if (call.skip) return call;
  rmSync(declDir, { recursive: true, force: true });
  const tsc = path.join(path.dirname(createRequire(import.meta.url).resolve('typescript/package.json')), 'bin/tsc');
  execFileSync(
    process.execPath,
    [
      tsc,
      '-p',
      path.join(out, 'tsconfig.build.json'),
      '--emitDeclarationOnly',
      '--declarationMap',
      'false',
      '--sourceMap',
      'false',
      '--outDir',
      declDir,
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  // The options go through a variable: the program names every auth option an SDK may have, and an object literal
  // passed straight to the constructor would be an excess-property error for the ones this SDK lacks.
  return {
    source:
      `import { ${call.clientClass} } from ${JSON.stringify(path.join(declDir, 'index.js'))};\n` +
      `const options = ${ONE_CALL_OPTIONS};\nconst client = new ${call.clientClass}(options);\nconsole.log(await ${call.call});\n`,
  };
}

/**
 * Hand-picked SDKs that were not generated in the run, measured beside the generators' output for one spec:
 * Stainless's SDK for the Smithery API (the issue's reference for SDK quality and bundle size), as published.
 * Its src/lib/ is left out of the type-check: it needs an optional peer dependency that is not installed.
 */
export function references(root) {
  const require = createRequire(path.join(root, 'package.json'));
  const list = [
    {
      name: 'stainless',
      reference: true,
      pkg: '@smithery/api',
      spec: 'smithery',
      what: 'Stainless-generated SDK, as published (not generated in this run)',
      tsc: (dir) => ({ files: tsFiles(path.join(dir, 'src')).filter((f) => !f.includes(`${path.sep}lib${path.sep}`)) }),
      oneCall: () => ({
        source: `import Smithery from '@smithery/api';\nconst client = new Smithery({ apiKey: 'k', baseURL: 'http://127.0.0.1:1' });\nconsole.log(await client.health.check());\n`,
        call: 'client.health.check()',
      }),
      consumer: () => ({
        source: `import Smithery from '@smithery/api';\nconst client = new Smithery({ apiKey: 'k', baseURL: 'http://127.0.0.1:1' });\nconsole.log(await client.health.check());\n`,
      }),
    },
  ];
  return list.flatMap((ref) => {
    try {
      const pkgJson = packageJsonPath(require, root, ref.pkg);
      return [{ ...ref, dir: path.dirname(pkgJson), version: JSON.parse(readFileSync(pkgJson, 'utf8')).version }];
    } catch {
      return [];
    }
  });
}
