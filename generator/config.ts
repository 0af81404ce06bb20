/**
 * `sdkgen.config.yaml`: what a spec cannot say about its SDK. Every field is optional; the spec's code
 * samples and hints fill in the rest.
 *
 * ```yaml
 * client:
 *   name: Smithery              # client class
 *   package: '@smithery/api'    # npm package name
 *   version: 0.1.0              # generated package version
 *   envPrefix: SMITHERY         # SMITHERY_BASE_URL, SMITHERY_LOG
 *   apiKeyEnv: SMITHERY_API_KEY # env var of the bearer/API key option
 *   idempotencyHeader: Idempotency-Key
 *   license: MIT                # SPDX id of the package (default: the spec's info.license)
 *   fileHeader: Copyright Acme  # lines above the banner of every source file, atop the runtime too (a licence notice)
 * resources:                    # rename resource paths (prefix match on the dotted path)
 *   connect: connections
 * methods:                      # pin an operation ("operationId" or "VERB /path") to resource.path.method
 *   'GET /connect/{namespace}/.tools': connections.listTools
 * templates: ./my-templates     # template overlay folder
 * formatter: oxfmt              # oxfmt (default), prettier or none (--formatter and SDKGEN_FORMATTER win)
 * stainless: ./stainless.yml    # a Stainless config to follow (the keys above win over it)
 * allowRefRoot: ..              # folder $refs may read files from (default: the spec's folder)
 * mcp: true                     # also an MCP server package, packages/mcp-server ({ package, instructions })
 * funcs: false                  # no standalone functions (src/funcs/*; default true, false with a Stainless config)
 * referenceDocs: false          # no reference docs (docs/sdks/…, docs/models/…); on by default
 * treeShaking: true             # also `<package>/tree-shakable`: createClient({ resources: [...] }) (default false)
 * tanstackQuery: true           # also `<package>/tanstack`: TanStack Query options for every method (default false)
 * workflows: false              # no GitHub workflows nor release-please files (.github/workflows/…; default true)
 * mockTests: false              # the generated tests are written skipped (default: run against the mock)
 * packageManager: pnpm          # the repository's package manager: npm (default), pnpm or yarn
 * validation: true              # validators of every model, params and response (`<package>/schemas/*`), and the
 *                               # client options validateResponses / validateParams ({ responses, params }: their
 *                               # defaults, off | warn | strict; default off)
 * ```
 *
 * `--config` also takes a Stainless config directly (recognised by its keys): see stainless/config.ts.
 *
 * The same settings can be written as JSON (`sdkgen.config.json`) or as a module whose default export is the
 * settings object (`sdkgen.config.mjs` / `.js` / `.ts`, typed with `defineConfig` from api/define-config.ts). Without `--config`,
 * `findConfig` looks for one of CONFIG_NAMES (then a Stainless config) in the working directory, then beside the spec.
 */
import { existsSync, statSync } from 'node:fs';
import { open, rm, writeFile, type FileHandle } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import yaml from 'js-yaml';
import { Diagnostics, UsageError } from './diagnostics';
import { fileStamp } from './file-stamp';
import { importModule } from './import-module';
import { parseFormatter, type Formatter } from './format/format';
import { isPackageManager, PACKAGE_MANAGERS, type PackageManager } from './package-manager';
import { isStainlessConfig, parseStainlessConfig, type StainlessConfig } from './stainless/config';

export interface SdkConfig {
  /** The config file as given (diagnostics name it), or null. */
  file: string | null;
  /** Folder of the config file (relative paths in it are resolved against it), or null. */
  dir: string | null;
  client: {
    name: string | null;
    package: string | null;
    version: string | null;
    envPrefix: string | null;
    apiKeyEnv: string | null;
    idempotencyHeader: string | null;
    /** SPDX license expression of the generated package. */
    license: string | null;
    /** Text (one line or several) above the generated banner of every source file: a licence notice. */
    fileHeader: string | null;
  };
  resources: Array<{ from: string; to: string }>;
  methods: Array<{ operation: string; target: string }>;
  templates: string | null;
  /** The formatter this SDK is formatted with, or null for the default. */
  formatter: Formatter | null;
  /** A Stainless config the SDK follows: its resource tree, names, client options and pagination. */
  stainless: StainlessConfig | null;
  /** Folder the files a `$ref` names must lie in, as written (relative to the config's folder); null: the spec's folder. */
  allowRefRoot: string | null;
  /** `mcp:` an MCP server package beside the SDK (`packageName` null: `<sdk package>-mcp`), or null for none. */
  mcp: { packageName: string | null; instructions: string | null } | null;
  /**
   * `funcs:` standalone functions, `src/funcs/<functionName>.ts`, and the methods' `@throws` lines (default true;
   * with a Stainless config false, as Stainless wrote neither: `funcs: true` beside `stainless:` asks for them).
   */
  funcs: boolean;
  /** `referenceDocs:` the reference pages under docs/ and the README's links to them (default true). */
  referenceDocs: boolean;
  /** `workflows:` CI, regeneration and release workflows (`.github/workflows/`) and release-please's files (default true). */
  workflows: boolean;
  /**
   * `treeShaking:` resource classes in a `Base…` variant that knows its path on the client, and a
   * `<package>/tree-shakable` entry that builds a client with only the resources given (default false;
   * Stainless's `targets.typescript.options.enable_treeshaking` turns it on too).
   */
  treeShaking: boolean;
  /**
   * `tanstackQuery:` a `<package>/tanstack` module (`src/tanstack.ts`) of TanStack Query options: a query key and query
   * options for every method, mutation options for every method that is not a GET, infinite query options for every
   * paginated one; `@tanstack/query-core` becomes an optional peer dependency (default false).
   */
  tanstackQuery: boolean;
  /**
   * `mockTests:` whether the generated tests (tests/api-resources/) run against the mock: false writes them skipped,
   * their calls kept. Null when the config does not say: they run, unless a Stainless config's
   * `settings.disable_mock_tests` says otherwise (this key wins over it).
   */
  mockTests: boolean | null;
  /**
   * `packageManager:` what the repository installs with, named in package.json's `packageManager` (a pinned
   * version: package-manager.ts) and run by `scripts/bootstrap`; null: npm, with no such field.
   */
  packageManager: PackageManager | null;
  /**
   * `validation:` Standard Schema validators of the models, each method's params and response (`src/schemas/*`), and
   * the client options that check responses and params with them, whose defaults these are; null: none (default).
   */
  validation: ValidationConfig | null;
}

/** How a client checks values against the spec's schemas: not at all, logging what differs, or throwing. */
export type ValidationMode = 'off' | 'warn' | 'strict';

export interface ValidationConfig {
  /** The default of the client's `validateResponses` option. */
  responses: ValidationMode;
  /** The default of the client's `validateParams` option. */
  params: ValidationMode;
}

/** Config files found without `--config`, in order of preference within a folder. */
export const CONFIG_NAMES = [
  'sdkgen.config.ts',
  'sdkgen.config.mts',
  'sdkgen.config.mjs',
  'sdkgen.config.js',
  'sdkgen.config.json',
  'sdkgen.config.yaml',
  'sdkgen.config.yml',
];
/** Stainless configs found without `--config` when a folder has no sdkgen config. */
export const STAINLESS_CONFIG_NAMES = [
  'stainless.yml',
  'stainless.yaml',
  'openapi.stainless.yml',
  'openapi.stainless.yaml',
  '.stainless/stainless.yml',
  '.stainless/stainless.yaml',
];

/**
 * The config file to use when none is given: in the first of `dirs` (the working directory, then the spec's
 * folder) that has one, an sdkgen config, else a Stainless config. Two sdkgen configs in one folder are an error:
 * which one is meant is not ours to guess.
 */
export function findConfig(dirs: string[]): string | null {
  const isFile = (file: string) => existsSync(file) && statSync(file).isFile();
  for (const dir of [...new Set(dirs.map((d) => path.resolve(d)))]) {
    const own = CONFIG_NAMES.map((name) => path.join(dir, name)).filter(isFile);
    if (own.length > 1) {
      throw new UsageError(
        `found ${own.length} config files in ${dir}: ${own.map((f) => path.basename(f)).join(', ')}; keep one, or pass --config`,
      );
    }
    if (own.length === 1) return own[0];
    const stainless = STAINLESS_CONFIG_NAMES.map((name) => path.join(dir, name)).find(isFile);
    if (stainless) return stainless;
  }
  return null;
}

export const EMPTY_CONFIG: SdkConfig = {
  file: null,
  dir: null,
  client: {
    name: null,
    package: null,
    version: null,
    envPrefix: null,
    apiKeyEnv: null,
    idempotencyHeader: null,
    license: null,
    fileHeader: null,
  },
  resources: [],
  methods: [],
  templates: null,
  formatter: null,
  stainless: null,
  allowRefRoot: null,
  mcp: null,
  funcs: true,
  referenceDocs: true,
  treeShaking: false,
  tanstackQuery: false,
  workflows: true,
  mockTests: null,
  packageManager: null,
  validation: null,
};

/**
 * Read a config file: an `sdkgen.config.yaml`, or a Stainless config (then every sdkgen option is at its
 * default). Warnings about the config (Stainless keys sdkgen ignores) go to `diags`; the stamp (file-stamp.ts) of each
 * file read (the config, the Stainless config it names), taken before it was read, to `readStamps` by absolute path.
 */
export async function loadConfig(
  file: string | null,
  diags: Diagnostics = new Diagnostics(),
  readStamps: Map<string, string> = new Map(),
): Promise<SdkConfig> {
  if (!file) return EMPTY_CONFIG;
  const { raw, text } = await readConfigFile(file, readStamps);
  if (isStainlessConfig(raw)) {
    return {
      ...EMPTY_CONFIG,
      file,
      dir: path.dirname(path.resolve(file)),
      stainless: parseStainlessConfig(raw, file, text, diags),
      funcs: false,
    };
  }
  const config = parseConfig(raw, file);
  const stainless = (raw as Record<string, unknown>).stainless;
  if (typeof stainless === 'string') {
    const stainlessFile = path.resolve(config.dir!, stainless);
    const read = await readYaml(stainlessFile, readStamps);
    if (!isStainlessConfig(read.raw))
      throw new UsageError(`config file ${file}: stainless: ${stainless} is not a Stainless config`);
    config.stainless = parseStainlessConfig(read.raw, stainlessFile, read.text, diags);
    // Stainless's SDKs have neither standalone functions nor `@throws` lines: sdkgen's only where `funcs: true` asks.
    const funcs = (raw as Record<string, unknown>).funcs;
    if (funcs === undefined || funcs === null) config.funcs = false;
  }
  return config;
}

/** A config file's settings, by extension: a module's default export, JSON, else YAML. */
async function readConfigFile(file: string, readStamps: Map<string, string>): Promise<{ raw: unknown; text: string }> {
  const ext = path.extname(file).toLowerCase();
  if (['.ts', '.mts', '.mjs', '.js'].includes(ext)) {
    if (!existsSync(file)) throw new UsageError(`cannot read config file ${file}: ENOENT`);
    let exported: unknown;
    try {
      const module = (await (ext.endsWith('ts') ? importTypeScript(file) : importFresh(file))) as { default?: unknown };
      exported = module.default;
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(
        `config file ${file} failed to load: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
    if (typeof exported === 'function') exported = await (exported as () => unknown)();
    if (exported === undefined)
      throw new UsageError(
        `config file ${file} has no default export: end it with \`export default defineConfig({ … })\``,
      );
    return { raw: exported, text: '' };
  }
  if (ext === '.json') {
    const text = await readText(file, readStamps);
    try {
      return { raw: JSON.parse(text), text };
    } catch (error) {
      throw new UsageError(`config file ${file} is not valid JSON: ${(error as Error).message}`);
    }
  }
  return readYaml(file, readStamps);
}

/** import() that sees the file as it is now (ES modules are cached by URL; --watch reloads the config). */
function importFresh(file: string): Promise<unknown> {
  const { mtimeMs, size } = statSync(file);
  return importModule(`${pathToFileURL(path.resolve(file)).href}?v=${mtimeMs}-${size}`);
}

/**
 * A TypeScript config: Node strips the types itself where it can (22.18+, 23.6+); elsewhere (Node 20) the
 * project's own `typescript` (or `esbuild`) transpiles it to a module beside it, imported once and removed.
 */
async function importTypeScript(file: string): Promise<unknown> {
  try {
    return await importFresh(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (
      code !== 'ERR_UNKNOWN_FILE_EXTENSION' &&
      code !== 'ERR_UNSUPPORTED_NODE_MODULES_TYPE_STRIPPING' &&
      !(error instanceof SyntaxError)
    )
      throw error;
  }
  const source = await readText(file);
  const require = createRequire(path.resolve(file));
  let code: string | null = null;
  try {
    const ts = require('typescript') as typeof import('typescript');
    code = ts.transpileModule(source, {
      fileName: file,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    }).outputText;
  } catch {
    try {
      const esbuild = require('esbuild') as { transformSync(code: string, options: object): { code: string } };
      code = esbuild.transformSync(source, { loader: 'ts', format: 'esm', sourcefile: file }).code;
    } catch {
      // neither is installed
    }
  }
  if (code === null) {
    throw new UsageError(
      `config file ${file}: Node ${process.version} cannot load TypeScript by itself, and neither typescript nor ` +
        'esbuild is installed beside it; install typescript (npm i -D typescript) or rename it to ' +
        path.basename(file).replace(/\.m?ts$/, '.mjs'),
    );
  }
  const temp = path.join(path.dirname(path.resolve(file)), `.${path.basename(file)}.${process.pid}-${Date.now()}.mjs`);
  await writeFile(temp, code);
  try {
    return await importModule(pathToFileURL(temp).href);
  } finally {
    await rm(temp, { force: true });
  }
}

/** The file's text; its stamp, taken on the handle before reading, goes to `readStamps` (loadConfig). */
async function readText(file: string, readStamps: Map<string, string> | null = null): Promise<string> {
  let handle: FileHandle | null = null;
  try {
    handle = await open(file, 'r');
    const abs = path.resolve(file);
    if (readStamps !== null && !readStamps.has(abs)) readStamps.set(abs, fileStamp(await handle.stat()));
    return await handle.readFile('utf8');
  } catch (error) {
    throw new UsageError(`cannot read config file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  } finally {
    await handle?.close();
  }
}

async function readYaml(file: string, readStamps: Map<string, string>): Promise<{ raw: unknown; text: string }> {
  const text = await readText(file, readStamps);
  try {
    return { raw: yaml.load(text, { schema: yaml.CORE_SCHEMA }) ?? {}, text };
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    throw new UsageError(
      `config file ${file}${mark?.line !== undefined ? `:${mark.line + 1}` : ''} is not valid YAML: ${(error as { reason?: string }).reason ?? String(error)}`,
    );
  }
}

const str = (value: unknown, where: string, file: string): string | null => {
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string' && typeof value !== 'number') {
    throw new UsageError(`config file ${file}: ${where} must be a string`);
  }
  return String(value);
};

/** `mcp: true | false | { package: '<npm name>', instructions: '<text>' }`. */
function parseMcp(value: unknown, file: string): SdkConfig['mcp'] {
  if (value === undefined || value === null || value === false) return null;
  if (value === true) return { packageName: null, instructions: null };
  if (typeof value !== 'object' || Array.isArray(value))
    throw new UsageError(`config file ${file}: mcp must be true, false or a mapping with package`);
  const entries = value as Record<string, unknown>;
  for (const key of Object.keys(entries)) {
    if (key !== 'package' && key !== 'instructions')
      throw new UsageError(`config file ${file}: unknown key "mcp.${key}" (known: package, instructions)`);
  }
  const name = str(entries.package, 'mcp.package', file);
  if (name !== null && !NPM_PACKAGE.test(name))
    throw new UsageError(`config file ${file}: mcp.package must be an npm package name, got ${JSON.stringify(name)}`);
  return { packageName: name, instructions: str(entries.instructions, 'mcp.instructions', file) };
}

/** `packageManager: npm | pnpm | yarn` (default: npm). */
function parsePackageManager(value: unknown, file: string): PackageManager | null {
  if (value === undefined || value === null) return null;
  if (!isPackageManager(value))
    throw new UsageError(
      `config file ${file}: packageManager must be one of ${PACKAGE_MANAGERS.join(', ')}, got ${JSON.stringify(value)}`,
    );
  return value;
}

const VALIDATION_MODES: readonly ValidationMode[] = ['off', 'warn', 'strict'];

/** `validation: true | false | { responses: off | warn | strict, params: … }` (default: none). */
function parseValidation(value: unknown, file: string): ValidationConfig | null {
  if (value === undefined || value === null || value === false) return null;
  if (value === true) return { responses: 'off', params: 'off' };
  if (typeof value !== 'object' || Array.isArray(value))
    throw new UsageError(`config file ${file}: validation must be true, false or a mapping with responses, params`);
  const entries = value as Record<string, unknown>;
  for (const key of Object.keys(entries))
    if (key !== 'responses' && key !== 'params')
      throw new UsageError(`config file ${file}: unknown key "validation.${key}" (known: responses, params)`);
  const mode = (key: 'responses' | 'params'): ValidationMode => {
    const given = entries[key];
    if (given === undefined || given === null) return 'off';
    if (!VALIDATION_MODES.includes(given as ValidationMode))
      throw new UsageError(
        `config file ${file}: validation.${key} must be one of ${VALIDATION_MODES.join(', ')}, got ${JSON.stringify(given)}`,
      );
    return given as ValidationMode;
  };
  return { responses: mode('responses'), params: mode('params') };
}

/** `funcs: true | false` (default true). */
function parseFuncs(value: unknown, file: string): boolean {
  if (value === undefined || value === null) return true;
  if (typeof value !== 'boolean') throw new UsageError(`config file ${file}: funcs must be true or false`);
  return value;
}

/**
 * The keys of a config file, top level and under `client:`. `UserConfig` (api/define-config.ts) documents each one,
 * and docs/reference/config.md is written from it; a test holds the two lists to the same keys.
 */
export const CONFIG_KEYS = [
  'client',
  'resources',
  'methods',
  'templates',
  'formatter',
  'stainless',
  'allowRefRoot',
  'mcp',
  'funcs',
  'referenceDocs',
  'treeShaking',
  'workflows',
  'tanstackQuery',
  'mockTests',
  'packageManager',
  'validation',
] as const;
export const CLIENT_KEYS = [
  'name',
  'package',
  'version',
  'envPrefix',
  'apiKeyEnv',
  'idempotencyHeader',
  'license',
  'fileHeader',
] as const;

const NPM_PACKAGE = /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/;

export function parseConfig(raw: unknown, file: string): SdkConfig {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new UsageError(`config file ${file}: the top level must be a mapping`);
  }
  const r = raw as Record<string, unknown>;
  const known = new Set<string>(CONFIG_KEYS);
  for (const key of Object.keys(r)) {
    if (!known.has(key))
      throw new UsageError(`config file ${file}: unknown key "${key}" (known: ${[...known].join(', ')})`);
  }
  const client = (r.client ?? {}) as Record<string, unknown>;
  if (typeof client !== 'object' || Array.isArray(client))
    throw new UsageError(`config file ${file}: client must be a mapping`);
  const config: SdkConfig = {
    file,
    dir: path.dirname(path.resolve(file)),
    client: {
      name: str(client.name, 'client.name', file),
      package: str(client.package, 'client.package', file),
      version: str(client.version, 'client.version', file),
      envPrefix: str(client.envPrefix, 'client.envPrefix', file),
      apiKeyEnv: str(client.apiKeyEnv, 'client.apiKeyEnv', file),
      idempotencyHeader: str(client.idempotencyHeader, 'client.idempotencyHeader', file),
      license: str(client.license, 'client.license', file),
      fileHeader: str(client.fileHeader, 'client.fileHeader', file),
    },
    resources: [],
    methods: [],
    templates: str(r.templates, 'templates', file),
    formatter:
      r.formatter === undefined || r.formatter === null
        ? null
        : parseFormatter(r.formatter, `config file ${file}: formatter`),
    stainless: null,
    allowRefRoot: str(r.allowRefRoot, 'allowRefRoot', file),
    mcp: parseMcp(r.mcp, file),
    funcs: parseFuncs(r.funcs, file),
    referenceDocs: r.referenceDocs === undefined || r.referenceDocs === null ? true : r.referenceDocs !== false,
    treeShaking: r.treeShaking === true,
    tanstackQuery: r.tanstackQuery === true,
    workflows: r.workflows !== false,
    mockTests: typeof r.mockTests === 'boolean' ? r.mockTests : null,
    packageManager: parsePackageManager(r.packageManager, file),
    validation: parseValidation(r.validation, file),
  };
  if (r.mockTests !== undefined && r.mockTests !== null && typeof r.mockTests !== 'boolean')
    throw new UsageError(`config file ${file}: mockTests must be true or false`);
  if (r.workflows !== undefined && r.workflows !== null && typeof r.workflows !== 'boolean')
    throw new UsageError(`config file ${file}: workflows must be true or false`);
  if (r.treeShaking !== undefined && r.treeShaking !== null && typeof r.treeShaking !== 'boolean')
    throw new UsageError(`config file ${file}: treeShaking must be true or false`);
  if (r.tanstackQuery !== undefined && r.tanstackQuery !== null && typeof r.tanstackQuery !== 'boolean')
    throw new UsageError(`config file ${file}: tanstackQuery must be true or false`);
  if (r.referenceDocs !== undefined && r.referenceDocs !== null && typeof r.referenceDocs !== 'boolean')
    throw new UsageError(`config file ${file}: referenceDocs must be true or false`);
  if (r.stainless !== undefined && typeof r.stainless !== 'string')
    throw new UsageError(`config file ${file}: stainless must be the path of a Stainless config`);
  const knownClient = new Set<string>(CLIENT_KEYS);
  for (const key of Object.keys(client)) {
    if (!knownClient.has(key))
      throw new UsageError(`config file ${file}: unknown key "client.${key}" (known: ${[...knownClient].join(', ')})`);
  }
  // These values are written into generated code: each must be what it says, nothing more.
  const checks: Array<[keyof SdkConfig['client'], RegExp, string]> = [
    ['package', /^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/, 'an npm package name'],
    ['version', /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/, 'a semver version like 1.2.3'],
    ['envPrefix', /^[A-Z][A-Z0-9_]*$/, 'an environment variable prefix like ACME'],
    ['apiKeyEnv', /^[A-Za-z_][A-Za-z0-9_]*$/, 'an environment variable name'],
    ['idempotencyHeader', /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'an HTTP header name'],
    [
      'license',
      /^[A-Za-z0-9][A-Za-z0-9.+-]*( (AND|OR|WITH) [A-Za-z0-9][A-Za-z0-9.+-]*)*$/,
      'an SPDX license expression like MIT',
    ],
  ];
  for (const [key, pattern, what] of checks) {
    const value = config.client[key];
    if (value !== null && !pattern.test(value))
      throw new UsageError(`config file ${file}: client.${key} must be ${what}, got ${JSON.stringify(value)}`);
  }
  if (config.client.name !== null && !/^[A-Z][A-Za-z0-9]*$/.test(config.client.name)) {
    throw new UsageError(
      `config file ${file}: client.name must be a PascalCase identifier, got ${JSON.stringify(config.client.name)}`,
    );
  }
  const mapping = (value: unknown, where: string): Array<[string, string]> => {
    if (value === undefined || value === null) return [];
    if (typeof value !== 'object' || Array.isArray(value))
      throw new UsageError(`config file ${file}: ${where} must be a mapping`);
    return Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, str(v, `${where}.${k}`, file) ?? '']);
  };
  const dotted = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;
  for (const [from, to] of mapping(r.resources, 'resources')) {
    if (!dotted.test(to))
      throw new UsageError(
        `config file ${file}: resources.${from} must be a dotted resource path, got ${JSON.stringify(to)}`,
      );
    config.resources.push({ from, to });
  }
  const targets = new Map<string, string>();
  for (const [operation, target] of mapping(r.methods, 'methods')) {
    if (!dotted.test(target) || !target.includes('.')) {
      throw new UsageError(
        `config file ${file}: methods["${operation}"] must be resource.path.method, got ${JSON.stringify(target)}`,
      );
    }
    const clash = targets.get(target);
    if (clash)
      throw new UsageError(
        `config file ${file}: methods["${operation}"] and methods["${clash}"] both map to ${target}`,
      );
    targets.set(target, operation);
    config.methods.push({ operation, target });
  }
  return config;
}
