/**
 * The Stainless config's TypeScript target (`targets.typescript` or the legacy `targets.node`) and the older
 * `package.node`: the npm package, the client class's name, the MCP server beside the SDK, tree-shaking, browsers and
 * the package manager. Read together because each names the package sdkgen writes, and only the first target present counts.
 */
import { isPackageManager, PACKAGE_MANAGERS, type PackageManager } from '../package-manager';
import { isMapping, type ConfigReader } from './config-reader';
import { knownKeys } from './config-keys';
import type { MultipartFormSetting, StainlessConfig } from './config-types';

export type StainlessTarget = Pick<
  StainlessConfig,
  | 'target'
  | 'mcpServer'
  | 'treeShaking'
  | 'browserRefusal'
  | 'multipartForm'
  | 'clientName'
  | 'legacyPackageName'
  | 'packageManager'
  | 'pythonTarget'
>;

export function readTarget(reader: ConfigReader, top: Record<string, unknown>): StainlessTarget {
  const { warn, invalid, str, map } = reader;
  const targets = map(top.targets, 'targets');
  let target: StainlessConfig['target'] = null;
  let mcpServer: StainlessConfig['mcpServer'] = null;
  let treeShaking = false;
  let browserRefusal: StainlessConfig['browserRefusal'] = null;
  let multipartForm: StainlessConfig['multipartForm'] = null;
  let clientName: string | null = null;
  let packageManager: PackageManager | null = null;
  for (const kind of ['typescript', 'node'] as const) {
    if (targets[kind] === undefined || target) continue;
    const t = map(targets[kind], `targets.${kind}`);
    target = {
      kind,
      packageName: str(t.package_name, `targets.${kind}.package_name`),
      edition: str(t.edition, `targets.${kind}.edition`),
      readmeTitle: str(t.readme_title, `targets.${kind}.readme_title`),
      productionRepo: githubRepository(reader, t.production_repo, `targets.${kind}.production_repo`),
      npmTrustedPublishing: npmAuthMethod(reader, t.publish, `targets.${kind}.publish`) === 'oidc',
    };
    // `staging_repo`, `publish`: where Stainless's service pushed and published; sdkgen writes the repository it runs
    // in, and the package's workflows publish it (by trusted publishing where `publish.npm.auth_method` says so).
    for (const key of Object.keys(t)) {
      if (!knownKeys(`targets.${kind}`).has(key)) warn(`targets.${kind}.${key}`, unknownTargetKey(key));
    }
    const options = map(t.options, `targets.${kind}.options`);
    for (const key of Object.keys(options)) {
      // (`enable_react_query: false` asks for nothing.)
      if (key === 'enable_react_query' && options[key] === false) continue;
      if (key === 'enable_react_query')
        warn(
          `targets.${kind}.options.enable_react_query`,
          "Stainless's React Query code is not generated; an sdkgen config's `tanstackQuery: true` writes " +
            '`<package>/tanstack`, TanStack Query options for every method',
        );
      else if (!knownKeys(`targets.${kind}.options`).has(key))
        warn(`targets.${kind}.options.${key}`, 'not supported by sdkgen; ignored');
    }
    clientName = str(options.client_name, `targets.${kind}.options.client_name`);
    if (clientName !== null && !/^[A-Z][A-Za-z0-9]*$/.test(clientName)) {
      invalid(`targets.${kind}.options.client_name`, `${JSON.stringify(clientName)} is no class name`);
      clientName = null;
    }
    treeShaking = options.enable_treeshaking === true;
    if (options.browser !== undefined) {
      const where = `targets.${kind}.options.browser`;
      const browser = map(options.browser, where);
      const state = str(browser.state, `${where}.state`);
      if (state === 'disallow') browserRefusal = { message: str(browser.message, `${where}.message`) };
      else if (state !== null && state !== 'allow')
        warn(`${where}.state`, `${JSON.stringify(state)} is neither allow nor disallow; browsers are allowed`);
      for (const key of Object.keys(browser))
        if (!knownKeys(`targets.${kind}.options.browser`).has(key))
          warn(`${where}.${key}`, 'not supported by sdkgen; ignored');
    }
    if (options.multipart_form !== undefined)
      multipartForm = readMultipartForm(reader, options.multipart_form, `targets.${kind}.options.multipart_form`);
    const manager = str(options.package_manager, `targets.${kind}.options.package_manager`);
    if (manager === null || isPackageManager(manager)) packageManager = manager;
    else
      warn(
        `targets.${kind}.options.package_manager`,
        `${JSON.stringify(manager)} is not one sdkgen sets up (${PACKAGE_MANAGERS.join(', ')}); npm is used`,
      );
    if (options.mcp_server !== undefined && options.mcp_server !== false && options.mcp_server !== null) {
      const where = `targets.${kind}.options.mcp_server`;
      const server = options.mcp_server === true ? {} : map(options.mcp_server, where);
      // `host` configures Stainless's hosted server; sdkgen's runs on the user's machine.
      for (const key of Object.keys(server)) {
        if (!knownKeys(`targets.${kind}.options.mcp_server`).has(key))
          warn(`${where}.${key}`, 'not supported by sdkgen; ignored');
      }
      mcpServer = {
        packageName: str(server.package_name, `${where}.package_name`),
        instructions: str(server.instructions, `${where}.instructions`),
        enableAllResources: server.enable_all_resources !== false,
      };
    }
  }
  if (targets.typescript !== undefined && targets.node !== undefined)
    warn('targets.node', 'both typescript and node targets are set; sdkgen follows targets.typescript');

  // Older configs name the npm package under `package.node` (the other languages' entries are theirs).
  const packageNode = map(map(top.package, 'package').node, 'package.node');
  for (const key of Object.keys(packageNode))
    if (!knownKeys('package.node').has(key)) warn(`package.node.${key}`, 'not supported by sdkgen; ignored');
  const legacyPackageName = str(packageNode.name, 'package.node.name');

  const pythonTarget = readPythonTarget(reader, targets.python, top);
  return {
    target,
    mcpServer,
    treeShaking,
    browserRefusal,
    multipartForm,
    clientName,
    legacyPackageName,
    packageManager,
    pythonTarget,
  };
}

/**
 * `multipart_form: { json: objects | values, bracketed: [names] }`: the generic multipart encoder's form; another
 * `json` is invalid (the SDK's own form then), a `bracketed` that is no list of names warns and is read as none.
 */
function readMultipartForm(reader: ConfigReader, value: unknown, where: string): MultipartFormSetting | null {
  const setting = reader.map(value, where);
  for (const key of Object.keys(setting))
    if (!knownKeys(where).has(key)) reader.warn(`${where}.${key}`, 'not supported by sdkgen; ignored');
  const json = reader.str(setting.json, `${where}.json`);
  if (json !== 'objects' && json !== 'values') {
    reader.invalid(
      `${where}.json`,
      `${JSON.stringify(json)} is neither objects nor values; the SDK's own form is used`,
    );
    return null;
  }
  const names = setting.bracketed ?? [];
  const bracketed = Array.isArray(names) && names.every((n) => typeof n === 'string') ? (names as string[]) : [];
  if (bracketed !== names) reader.warn(`${where}.bracketed`, 'not a list of field names; none is kept bracketed');
  return { json, bracketed };
}

/** Keys some configs give a target that Stainless's config reference does not list: why each is ignored. */
const NOT_STAINLESS_TARGET_KEYS: Record<string, string> = {
  version:
    "not a key of Stainless's config reference (a Stainless SDK's version is set by its releases: release-please's manifest); ignored",
  output:
    "not a key of Stainless's config reference; ignored: the SDK is written where `-o` says (with `--target typescript,python`, each target into its own folder of it)",
  extra_files:
    "not a key of Stainless's config reference; ignored: sdkgen copies no files into the SDK; keep them in its repository, where a regeneration leaves files it did not write alone",
};

/** The warning for a key of a target sdkgen does not read. */
function unknownTargetKey(key: string): string {
  return Object.hasOwn(NOT_STAINLESS_TARGET_KEYS, key)
    ? NOT_STAINLESS_TARGET_KEYS[key]
    : 'not supported by sdkgen; ignored';
}

/** `targets.python`: the names of the Python package `--target python` writes; what sdkgen ignores warns. */
function readPythonTarget(
  reader: ConfigReader,
  value: unknown,
  top: Record<string, unknown>,
): StainlessConfig['pythonTarget'] {
  if (value === undefined || value === null) return null;
  const { warn, str, map } = reader;
  const t = map(value, 'targets.python');
  for (const key of Object.keys(t))
    if (!knownKeys('targets.python').has(key)) warn(`targets.python.${key}`, unknownTargetKey(key));
  const options = map(t.options, 'targets.python.options');
  for (const key of Object.keys(options))
    if (!knownKeys('targets.python.options').has(key))
      warn(`targets.python.options.${key}`, 'not supported by sdkgen; ignored');
  const given = str(t.package_name, 'targets.python.package_name');
  // A distribution's spelling (`meter-sdk`) is imported with underscores (`meter_sdk`) and published as written.
  let packageName = given?.replace(/-/g, '_') ?? null;
  // A dotted name (`cerebras.cloud.sdk`) is a package nested in namespace packages: `src/cerebras/cloud/sdk/`.
  if (packageName !== null && !/^[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*$/.test(packageName)) {
    reader.invalid('targets.python.package_name', `${JSON.stringify(given)} is no Python import name`);
    packageName = null;
  }
  const productionRepo = githubRepository(reader, t.production_repo, 'targets.python.production_repo');
  const repository = sdkRepository(reader, t, productionRepo, top);
  return {
    packageName,
    projectName: distributionName(reader, t, packageName === null ? null : given),
    productionRepo,
    repository,
    readmeTitle: str(t.readme_title, 'targets.python.readme_title'),
    installFrom: unpublishedSource(t, repository),
    moduleClient: moduleClientOption(reader, options.module_client),
  };
}

/** `targets.python.options.module_client`: a boolean (absent: false); another value is invalid and read as false. */
function moduleClientOption(reader: ConfigReader, value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'boolean') return value;
  reader.invalid('targets.python.options.module_client', `${JSON.stringify(value)} is not true or false`);
  return false;
}

/**
 * `publish.npm.auth_method` (`token` or `oidc`: npm's trusted publishing), null where `publish.npm` is absent, a
 * boolean or names none; another value is invalid (a warning with its line) and read as absent.
 */
function npmAuthMethod(reader: ConfigReader, publish: unknown, where: string): 'token' | 'oidc' | null {
  if (!isMapping(publish) || !isMapping(publish.npm) || publish.npm.auth_method === undefined) return null;
  return reader.oneOf(publish.npm.auth_method, `${where}.npm.auth_method`, ['token', 'oidc'] as const);
}

/**
 * Where a package `publish.pypi: false` keeps off PyPI is installed from, as Stainless's READMEs say: the SDK's
 * repository (sdkRepository); null when it is published (the key absent, `true` or a table), or when no repository can
 * be named.
 */
function unpublishedSource(target: Record<string, unknown>, repository: string | null): string | null {
  const publish = target.publish;
  if (publish === null || typeof publish !== 'object' || (publish as Record<string, unknown>).pypi !== false)
    return null;
  return repository;
}

/**
 * The GitHub repository (`owner/name`) Stainless's Python SDK names in its links (docstrings, README, pyproject.toml):
 * its production repository, else its staging one: `staging_repo`, else `stainless-sdks/<project>-python`, the project
 * named by `project` or else `organization.name`, lower-cased as Stainless's project slugs are (imagekit's
 * `name: ImageKit` SDK links `stainless-sdks/imagekit-python`); null when no repository can be named.
 */
function sdkRepository(
  reader: ConfigReader,
  target: Record<string, unknown>,
  productionRepo: string | null,
  top: Record<string, unknown>,
): string | null {
  if (productionRepo !== null) return productionRepo;
  const staging = githubRepository(reader, target.staging_repo, 'targets.python.staging_repo');
  if (staging !== null) return staging;
  const organization = top.organization;
  const project =
    typeof top.project === 'string'
      ? top.project
      : typeof organization === 'string'
        ? organization
        : organization !== null && typeof organization === 'object'
          ? (organization as Record<string, unknown>).name
          : undefined;
  return typeof project === 'string' && /^[\w.-]+$/.test(project)
    ? `stainless-sdks/${project.toLowerCase()}-python`
    : null;
}

/**
 * The distribution name pyproject.toml gives, as Stainless's SDKs have it: `project_name` as written, else the name
 * `publish.pypi.package_name` publishes under, else the import name `package_name` as written (never re-spelt: a
 * `package_name: parsec_api` is published as `parsec_api`), a dotted one's parts joined by `_` (`cerebras.cloud.sdk`
 * is published as `cerebras_cloud_sdk`, Stainless's pyproject.toml at each generation). Null without any: the import
 * name's default.
 */
function distributionName(
  reader: ConfigReader,
  target: Record<string, unknown>,
  packageName: string | null,
): string | null {
  const project = reader.str(target.project_name, 'targets.python.project_name');
  if (project !== null) return project;
  const publish = target.publish;
  const pypi = publish !== null && typeof publish === 'object' ? (publish as Record<string, unknown>).pypi : undefined;
  if (pypi !== null && typeof pypi === 'object' && !Array.isArray(pypi)) {
    const published = reader.str(
      (pypi as Record<string, unknown>).package_name,
      'targets.python.publish.pypi.package_name',
    );
    if (published !== null) return published;
  }
  return packageName?.replace(/\./g, '_') ?? null;
}

/**
 * A GitHub repository as `owner/name`, also from `owner/name#branch` (the branch Stainless pushed to: sdkgen writes in
 * the checkout it runs in, whatever its branch); `null` (no production repository) is quiet, another value warns.
 */
function githubRepository(reader: ConfigReader, value: unknown, where: string): string | null {
  if (value === null || value === undefined) return null;
  const written = reader.str(value, where);
  if (written === null) return null;
  const name = written.replace(/#[\w./-]+$/, '');
  if (/^[A-Za-z0-9][\w.-]*\/[\w.-]+$/.test(name) && !/\/\.\.?$/.test(name)) return name;
  reader.invalid(where, `${JSON.stringify(written)} is not a GitHub repository (owner/name)`);
  return null;
}
