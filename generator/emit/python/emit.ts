/**
 * The Python package's code files: `src/<pkg>/` with the runtime (copied from templates/python/runtime as it is),
 * `_version.py`, `__init__.py`, `_client.py`, `pagination.py`, `resources/**` and `types/**`, each formatted by
 * Ruff. The docs and project files are planned beside these (plan-api-md.ts, plan-tests.ts, plan-project.ts, …).
 * Each .py file goes to the formatter as soon as it is printed (generate.ts formats on threads, and takes a file
 * the last run formatted from the same text from the output as it is). A regeneration does not even print a resource,
 * model, params or test module whose unit key is the last run's (unit-keys.ts, types-reuse.ts): it takes the file as
 * it is.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Api } from '../../ir/types';
import { compareStrings } from '../../naming/case';
import { formatPython } from '../../format/ruff';
import type { RenderedFile } from '../render';
import { buildPython, type PythonBuild, type PythonModelOptions } from './types/build-model';
import { methodlessStandalone, packageFolder, writtenAsPackage } from './resources/methodless';
import { namespaceInits, packageDir } from './package-root';
import type { PyResource } from './types/model';
import { printClient } from './client/print-client';
import { printPagination } from './client/print-pagination';
import { clientMethods } from './client/print-client-methods';
import { printModuleClient, printModuleClientTests } from './module-client';
import { testClientOptions } from './client/credentials';
import { errorBaseName, printInit, printResourcesInit, printVersion, unwrapsWebhooks } from './print-init';
import { printResourceModule } from './resources/print-resource';
import { utilsWithMultipartForm } from './multipart-runtime';
import {
  baseClientWithIdempotencyPrefix,
  baseClientWithoutReadTimeoutHeader,
  constantsWithDefaults,
  logsWithEnvVar,
  streamingWithEventRules,
} from './runtime-settings';
import { namedExceptionsModule } from './runtime-exceptions';
import {
  DECODER_MODULE,
  DECODERS_FOLDER,
  STAINLESS_DECODER,
  responseReadingLinesAsTheyCome,
  responseWithoutJsonLines,
  usesJsonLines,
} from './jsonl-runtime';
import { wrappedFields, wrappersModule } from './resources/field-wrappers';
import { planApiMd } from './docs/plan-api-md';
import { planPythonProjectFiles } from './plan-project';
import type { MockServer } from '../mock-server';
import { mockAnswersJsonLines } from '../test-skips';
import { pythonFormsOfEra, type StainlessPythonForms } from '../../stainless/python-era';
import { readmeFormsOfEra } from '../../stainless/python-readme-era';
import type { PrintedModule } from './py-layout';
import { typesFilesReusing } from './types/types-reuse';
import { PyUnitKeys, type PyUnitReuse, type PyUnitTag, type UnitOffer } from './unit-keys';

export interface EmitPythonOptions extends PythonModelOptions {
  /** The folder holding templates/ (the runtime is read from templates/python/runtime). */
  packageRoot: string;
  /** The era of the Stainless SDK the output holds (`YYYY-MM-DD`, stainless/python-era.ts); null: the newest forms. */
  stainlessEra?: string | null;
  /** The Stainless config's top-level `edition` (`YYYY-MM-DD`), which picks forms too; null: none (the oldest). */
  stainlessEdition?: string | null;
  /** The config turns the generated tests off (they are written, each marked skipped). */
  mockTestsOff?: boolean;
  /** The mock server scripts/mock runs (emit/mock-server.ts): null or absent, Prism. */
  mockServer?: MockServer;
  /** The Stainless config's `organization.contact`: the email of pyproject.toml's authors; null: none. */
  organizationContact?: string | null;
  /** The package has a module-level client (`targets.python.options.module_client`: module-client.ts). */
  moduleClient?: boolean;
  /** A .py file as printed → the file formatted (default: Ruff on this thread). */
  format?: (file: RenderedFile) => RenderedFile | Promise<RenderedFile>;
  /** Any other file (docs, project files, the runtime) → the file as written (default: itself). */
  unformatted?: (file: RenderedFile) => RenderedFile;
  /** The last run's modules, taken whole where their keys are the same (unit-keys.ts); null: every one printed. */
  units?: PyUnitReuse | null;
  /**
   * Each file once final (formatted, tagged with its unit), in no order: the writer takes it while the next ones are
   * printed, rather than all of them once the last is formatted.
   */
  onFile?: (file: RenderedFile) => void;
}

export async function emitPython(api: Api, options: EmitPythonOptions): Promise<RenderedFile[]> {
  const build = buildPython(api, options);
  const format = options.format ?? ((file) => ({ ...file, contents: formatPython(file.contents, file.path) }));
  const unformatted = options.unformatted ?? ((file) => file);
  // The runtime is copied verbatim: it is formatted where it is written. (Read first: once files are being formatted,
  // nothing is awaited before all of them are, so that a file Ruff rejects rejects the whole.)
  const eraForms = pythonFormsOfEra(options.stainlessEra, options.stainlessEdition);
  const runtime = await runtimeFiles(build, api, options.packageRoot, eraForms);
  const files: Array<RenderedFile | Promise<RenderedFile>> = [];
  const onFile = options.onFile;
  // (Chained, not branched: a file that fails, or that the writer refuses, still rejects the whole below.)
  const settle = (file: RenderedFile | Promise<RenderedFile>) =>
    files.push(
      !onFile ? file : file instanceof Promise ? file.then((done) => (onFile(done), done)) : (onFile(file), file),
    );
  runtime.forEach((file) => settle(unformatted(file)));
  const add = (file: RenderedFile) =>
    settle(file.path.endsWith('.py') && !file.inFormatterLayout ? format(file) : unformatted(file));
  const units = options.units
    ? {
        // (The API's own security, which a method's request may name, is in no model: the run's key holds it.)
        keys: new PyUnitKeys(
          build,
          api,
          `${options.units.runKey}\0${JSON.stringify(build.apiSecurity)}`,
          options.units.leaves,
        ),
        reuse: options.units,
      }
    : null;
  // A module of a unit carries its tag to the manifest (the formatter's answer is a new file).
  const addUnit = (file: RenderedFile, tag: PyUnitTag | undefined) => {
    if (!tag) return add(file);
    const formatted = file.path.endsWith('.py') && !file.inFormatterLayout ? format(file) : unformatted(file);
    settle(
      formatted instanceof Promise
        ? formatted.then((done) => Object.assign(done, { unit: tag }))
        : Object.assign(formatted, { unit: tag }),
    );
  };
  const addTaken = (taken: RenderedFile[]) => taken.forEach(settle);
  // (The README's own forms of the era, python-readme-era.ts, ride along for plan-readme.ts.)
  const forms = {
    ...eraForms,
    readme: readmeFormsOfEra(options.stainlessEra),
  };
  // Each resource module's text, which lays out the `types` imports of its test module (tests/test-imports.ts).
  const resourceTexts = new Map<string, string>();
  printCode(build, addUnit, units, addTaken, forms, resourceTexts, options.moduleClient ?? false);
  // A resource's test module is a unit too: taken as the last run wrote it when its key is the last run's.
  const offerTest = units
    ? (resource: PyResource, testPath: string): PyUnitTag | 'taken' => {
        const id = `py:test:${testPath}`;
        const tag = units.keys.tag(id, () => units.keys.testKey(resource, testPath));
        const taken = units.reuse.take(id, () => tag.key, [testPath]);
        if (!taken) return tag;
        addTaken(taken);
        return 'taken';
      }
    : undefined;
  // README.md and the api.md files are a unit each.
  const offerUnit: UnitOffer | undefined = units
    ? (id, paths, keyOf) => {
        const tag = units.keys.tag(id, () => keyOf(units.keys));
        const taken = units.reuse.take(id, () => tag.key, paths);
        if (!taken) return tag;
        addTaken(taken);
        return 'taken';
      }
    : undefined;
  for (const { unitTag, ...file } of planPythonProjectFiles(
    build.pkg,
    api,
    offerTest,
    offerUnit,
    forms,
    options.mockTestsOff ?? false,
    (resource) => resourceTexts.get(resource.module),
    options.organizationContact ?? null,
    options.mockServer ?? null,
    mockAnswersJsonLines(options.mockServer ?? null, options.stainlessEra ?? null),
  ))
    addUnit(file, unitTag);
  const moduleClientTests = options.moduleClient
    ? printModuleClientTests(build.pkg, testClientOptions(build.pkg, api))
    : null;
  if (moduleClientTests !== null) add({ path: 'tests/test_module_client.py', contents: moduleClientTests });
  return (await Promise.all(files)).sort((a, b) => compareStrings(a.path, b.path));
}

/** The package's api.md alone (`sdkgen diff --against` a Python SDK's): nothing else is printed. */
export function pythonApiMd(api: Api, options: PythonModelOptions): string {
  return planApiMd(buildPython(api, options).pkg);
}

/** The generated modules (not yet formatted), under `src/<importName>/`. */
export function pythonCodeFiles(build: PythonBuild): RenderedFile[] {
  const files: RenderedFile[] = [];
  printCode(
    build,
    (file) => files.push(file),
    null,
    () => {},
  );
  return files;
}

/**
 * Each generated module, told to `add` as soon as it is printed (with its unit's tag, when it is one); with `units`,
 * the modules whose keys are the last run's are told to `addTaken` as the last run wrote them, unprinted.
 */
function printCode(
  build: PythonBuild,
  addFile: (file: RenderedFile, tag?: PyUnitTag) => void,
  units: { keys: PyUnitKeys; reuse: PyUnitReuse } | null,
  addTaken: (files: RenderedFile[]) => void,
  forms: StainlessPythonForms = pythonFormsOfEra(null),
  resourceTexts?: Map<string, string>,
  moduleClient = false,
): void {
  const { pkg } = build;
  const root = packageDir(pkg.importName);
  // A module its printer wrote in Ruff's layout (py-layout.ts) is flagged so: Ruff does not format it.
  const add = (module: string, printed: string | PrintedModule, tag?: PyUnitTag) =>
    addFile(
      typeof printed === 'string' || !printed.inRuffLayout
        ? { path: `${root}/${module}.py`, contents: typeof printed === 'string' ? printed : printed.contents }
        : { path: `${root}/${module}.py`, contents: printed.contents, inFormatterLayout: true },
      tag,
    );
  // A package nested in namespace packages: the folders between hold an empty `__init__.py` (package-root.ts).
  for (const init of namespaceInits(pkg.importName)) addFile({ path: init, contents: '' });
  add('_version', printVersion(pkg));
  add('__init__', printInit(pkg, forms, moduleClient));
  if (moduleClient) add('_module_client', printModuleClient(pkg, forms));
  add('_client', printClient(pkg, clientMethods(build, forms), forms));
  // (No page scheme, no `pagination.py`: Stainless writes none then.)
  if (pkg.pages.length > 0)
    add(
      'pagination',
      printPagination(pkg.pages, (id) => build.index.schema(id).type, forms),
    );
  add('resources/__init__', printResourcesInit(pkg.resources, 'resources', forms));
  const walk = (resource: PyResource) => {
    const id = `py:resource:${resource.module}`;
    const tag = units?.keys.tag(id, () => units.keys.resourceKey(resource));
    const taken = tag ? units!.reuse.take(id, () => tag.key, [`${root}/${resource.module}.py`]) : null;
    if (taken) {
      addTaken(taken);
      resourceTexts?.set(resource.module, taken[0]?.contents ?? '');
    } else {
      const printed = printResourceModule(resource, build, forms);
      resourceTexts?.set(resource.module, printed.contents);
      add(resource.module, printed, tag);
    }
    if (writtenAsPackage(resource.ir)) {
      const pkgModule = resource.module.split('/').slice(0, -1).join('/');
      // A `standalone_api` subresource is a package of its own, re-exported by its own `__init__.py` only (isaacus's
      // `classifications/__init__.py` names no `universal` class): the parent's module imports it from there.
      const exported = resource.subresources.filter((sub) => !sub.ir.standaloneApi);
      add(`${pkgModule}/__init__`, printResourcesInit([...exported, resource], pkgModule, forms));
    }
    resource.subresources.forEach(walk);
  };
  pkg.resources.forEach(walk);
  // A methodless `standalone_api` resource is still a package of its own (its api.md beside), with nothing in it:
  // Stainless's holds its banner alone (isaacus's `ilgs/v1/__init__.py`).
  for (const resource of methodlessStandalone(pkg.apiMdResources ?? [])) add(`${packageFolder(resource)}/__init__`, '');
  const types = typesFilesReusing(build, root, units);
  for (const { unitTag, ...file } of types.printed) addFile(file, unitTag);
  addTaken(types.taken);
}

/**
 * templates/python/runtime/** as it is, under `src/<importName>/`, but for the modules that hold the API's own
 * settings: the base error declared under the client's name (as Stainless's are), the request defaults, the event rules;
 * and without the JSON Lines decoder where no method returns JSON Lines, nor the `X-Stainless-Read-Timeout` header in an
 * era before it (the era's `forms`).
 */
async function runtimeFiles(
  build: PythonBuild,
  api: Api,
  packageRoot: string,
  forms: StainlessPythonForms,
): Promise<RenderedFile[]> {
  const dir = path.join(packageRoot, 'templates', 'python', 'runtime');
  if (!existsSync(dir)) return [];
  const settings: Record<string, (contents: string) => string> = {
    '_exceptions.py': (contents) =>
      namedExceptionsModule(contents, errorBaseName(build.pkg), unwrapsWebhooks(build.pkg.resources)),
    '_constants.py': (contents) => constantsWithDefaults(contents, api),
    '_utils/_utils.py': (contents) => utilsWithMultipartForm(contents, api),
    '_streaming.py': (contents) => streamingWithEventRules(contents, api.streamEventRules),
    '_wrappers.py': (contents) => wrappersModule(contents, wrappedFields(build.pkg)),
    '_utils/_logs.py': (contents) => logsWithEnvVar(contents, build.pkg.envPrefix),
    '_base_client.py': (contents) => {
      const prefixed = baseClientWithIdempotencyPrefix(contents, build.pkg.fromStainlessConfig === true);
      return forms.readTimeoutHeader ? prefixed : baseClientWithoutReadTimeoutHeader(prefixed);
    },
  };
  // The JSON Lines decoder only where a method returns JSON Lines, as Stainless's (jsonl-runtime.ts).
  const jsonLines = usesJsonLines(build.pkg);
  if (!jsonLines) settings['_response.py'] = responseWithoutJsonLines;
  else if (!build.pkg.fromStainlessConfig) settings['_response.py'] = responseReadingLinesAsTheyCome;
  // (Read before the walk: the settings are synchronous.)
  const stainlessDecoder =
    jsonLines && build.pkg.fromStainlessConfig
      ? await readFile(path.join(packageRoot, STAINLESS_DECODER), 'utf8')
      : null;
  if (stainlessDecoder !== null) settings[DECODER_MODULE] = () => stainlessDecoder;
  const files: RenderedFile[] = [];
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (entry.name !== '__pycache__') await walk(full);
      } else if (!entry.name.endsWith('.pyc')) {
        const relative = path.relative(dir, full).split(path.sep).join('/');
        if (!jsonLines && relative.startsWith(DECODERS_FOLDER)) continue;
        const contents = await readFile(full, 'utf8');
        const withSettings = Object.hasOwn(settings, relative) ? settings[relative](contents) : contents;
        files.push({ path: `${packageDir(build.pkg.importName)}/${relative}`, contents: withSettings });
      }
    }
  };
  await walk(dir);
  return files;
}
