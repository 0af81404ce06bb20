/**
 * The package's per-endpoint tests, `tests/api_resources/.../test_<resource>.py`, in Stainless's shape: a sync class
 * `Test<Name>` and an async `TestAsync<Name>`, each test run with strict and loose response validation against the
 * mock server. Per method: the call with what is required, with every param, through `with_raw_response` and
 * `with_streaming_response`, and with each path param empty. Argument values are built the way Stainless's tests
 * build them (a string says its own name, numbers are 0, arrays hold one item…) and printed by py-literal.ts.
 */
import type { Api, NamedSchema } from '../../../ir/types';
import { compareStrings } from '../../../naming/case';
import type { PyMethod, PyPackage, PyParam, PyResource } from '../types/model';
import { pyStr, type PyValue } from '../types/py-literal';
import { givenValue } from '../resources/given-values';
import { ExampleValues } from './example-values';
import { testSkipOf } from '../../test-skips';
import {
  alonePositional,
  awaitedType,
  callOrder,
  escapeRegex,
  laidOutLines,
  requiredButFilled,
  inTestFieldSet,
  resultVariable,
  typesImport,
} from './method-facts';
import { methodlessStandalone, writtenAsPackage } from '../resources/methodless';
import { checksNonEmpty } from '../resources/print-resource';
import { allLinesFit, layoutDef, layoutExpr } from '../py-layout';
import type { StainlessPythonForms } from '../../../stainless/python-era';

import { GENERATED_HEADER, testModuleFile, type PlannedPyFile, type TestModuleOffer } from './test-files';
import { alsoImportedNames, primitiveResponseNames, testImportStatement, typesImportsOf } from './test-imports';
import { unwrapTests, verifyingUnwraps, type UnwrapTest } from './webhook-tests';
import { CallLayout, type Arg } from './call-layout';
import { binaryTest, mocksRoute, RESPX_MARK, type TestKind } from './binary-tests';
import { jsonLinesTest } from './jsonl-tests';
import { TestClients } from './test-clients';
import { testClientOptions } from '../client/credentials';

export { GENERATED_HEADER, testModuleFile, type PlannedPyFile, type TestModuleOffer } from './test-files';

/** How the test modules are written beside what the package says. */
export interface PythonTestsOptions {
  /** The forms of the Stainless SDK's era: before aiohttp, the async tests run with httpx alone. Default: the newest. */
  forms?: StainlessPythonForms;
  /** Every test needing the mock server written skipped, as Stainless writes them for `settings.disable_mock_tests`. */
  mockTestsOff?: boolean;
  /** The mock server answers JSON Lines (Steady of its era: test-skips.ts): those tests run. */
  mockAnswersJsonLines?: boolean;
  /** The printed text of a resource's module, whose `types` imports decide how the test module's are laid out. */
  resourceModuleText?: (resource: PyResource) => string | undefined;
}

/** The skip mark of every test when the config turns the mock server tests off, as Stainless's SDK of the era says it. */
const mockTestsOffMark = (reason: string | null) =>
  `    @pytest.mark.skip(${reason === null ? '' : `reason=${pyStr(reason)}`})`;

/** The values of the tests' (and the README programs') arguments, in the forms of `forms`'s era (default: newest). */
function exampleValuesOf(api: Api, forms: StainlessPythonForms | undefined): ExampleValues {
  const {
    examplesAsGiven = true,
    pathParamOwnExample = true,
    ownExampleKeys = true,
    enumExamples = true,
    arrayItems = 1,
    namedStrings = true,
  } = forms ?? {};
  return new ExampleValues(
    api.schemas,
    examplesAsGiven,
    pathParamOwnExample,
    ownExampleKeys,
    enumExamples,
    arrayItems,
    namedStrings,
  );
}

/** The test modules; with `offer`, a module the last run's file stands for is not printed (nor returned). */
export function planPythonTests(
  pkg: PyPackage,
  api: Api,
  offer?: TestModuleOffer,
  options: PythonTestsOptions = {},
): PlannedPyFile[] {
  const files: PlannedPyFile[] = [testModuleFile('tests/api_resources/__init__.py', `${GENERATED_HEADER}\n`)];
  const values = exampleValuesOf(api, options.forms);
  const clients = new TestClients(pkg, options.forms, testClientOptions(pkg, api));
  const folders = new Set<string>();
  const plan = (resource: PyResource, path: string) => {
    const tag = offer?.(resource, path);
    if (tag === 'taken') return;
    const file = testModuleFile(path, new TestModule(pkg, resource, values, options, clients).render(api.basePath));
    files.push(tag ? { ...file, unitTag: tag } : file);
  };
  const visit = (resource: PyResource): void => {
    const names = resource.chain;
    const dirs = names.slice(0, -1);
    for (let i = 1; i <= dirs.length; i++) folders.add(['tests/api_resources', ...dirs.slice(0, i)].join('/'));
    // A resource written as a package (`standalone_api`, or with subresources, methodless ones too): Stainless gives
    // it a test folder of its own, empty where no subresource has tests.
    if (writtenAsPackage(resource.ir)) folders.add(['tests/api_resources', ...names].join('/'));
    if (resource.methods.length > 0 || verifyingUnwraps(resource).length > 0)
      plan(resource, ['tests/api_resources', ...dirs, `test_${names.at(-1)}.py`].join('/'));
    resource.subresources.forEach(visit);
  };
  pkg.resources.forEach(visit);
  for (const resource of methodlessStandalone(pkg.apiMdResources ?? []))
    folders.add(['tests/api_resources', ...resource.chain].join('/'));
  if (pkg.topLevel && pkg.topLevel.methods.length > 0)
    plan({ ...pkg.topLevel, attribute: 'client', chain: [] }, 'tests/api_resources/test_client.py');
  for (const folder of [...folders].sort(compareStrings))
    files.push(testModuleFile(`${folder}/__init__.py`, `${GENERATED_HEADER}\n`));
  return files;
}

interface Variant {
  /** Suffix of the test names: '' or `_overload_1`. */
  suffix: string;
  /** The call with the stream param set to true: the result is a stream. */
  streams: boolean;
  required: Arg[];
  all: Arg[] | null;
}

/**
 * The call of `method` with only what it requires, as the README shows it: `client.stop.retrieve(\n    "stopID",\n)`,
 * with the names of what it needs from `<pkg>._utils` (`parse_date`).
 */
export function requiredCall(
  pkg: PyPackage,
  api: Api,
  resource: PyResource,
  method: PyMethod,
  head: string,
  /**
   * `given`: params by wire name (a Stainless config's `readme.example_requests`), passed as given; `nested`: a param
   * of nested objects written out too, as the README's nested params show it; `width`: the line length its values are
   * laid out in (the README's, less the indentation the call will have); `forms`: the era's, its values built as its
   * tests' are.
   */
  extra: { given?: Record<string, unknown>; nested?: PyParam; width?: number; forms?: StainlessPythonForms } = {},
): { text: string; utils: string[] } {
  const module = new TestModule(pkg, resource, exampleValuesOf(api, extra.forms));
  const { given, nested } = extra;
  const schemas = new Map(api.schemas.map((s) => [s.id, s]));
  const args = given ? module.givenArgs(method, given, schemas) : module.requiredArgs(method);
  const all = nested
    ? [...args.filter((a) => a.name !== nested.name), ...module.readmeNestedArgs(method, nested)]
    : args;
  const utils = [...(module.importedNames(`${pkg.importName}._utils`) ?? [])];
  return { text: module.callText(head, all, 0, extra.width), utils };
}

class TestModule {
  private readonly imports = new Map<string, Set<string>>();
  /** Whether a test mocks its route (respx): the module then imports httpx and respx. */
  private mocksRoutes = false;
  private readonly resourceName: string;
  private readonly variable: string;

  constructor(
    private readonly pkg: PyPackage,
    private readonly resource: PyResource,
    private readonly values: ExampleValues,
    private readonly options: PythonTestsOptions = {},
    private readonly clients = new TestClients(pkg, options.forms, []),
  ) {
    this.resourceName = resource.className.replace(/Resource$/, '') || pkg.clientName;
    this.variable = resultVariable(resource);
  }

  /** `basePath`: the prefix cut from every method's path, which the client's base URL (and a mocked route's) carries. */
  render(basePath?: string | null): string {
    const unwraps = unwrapTests(this.pkg, this.resource, this.values, this.options.forms?.webhookOptionsTests ?? true);
    const sync = this.testClass(false, unwraps);
    const async = this.testClass(true, unwraps);
    // (The unwrap tests take the sync client alone, in both classes.)
    const methods = this.resource.methods.length > 0;
    this.use(this.pkg.importName, this.pkg.clientName, ...(methods ? [this.pkg.asyncClientName] : []));
    // The return types' typing names join the standard-library line, classes by length before the function, as Ruff's
    // isort (order-by-type, length-sort) orders them.
    // (`cast(Any, …)` is the streaming tests': an era before them, python-era.ts, imports neither but where used.)
    const castAny = (this.options.forms?.streamingResponseWrappers ?? true) || /\bcast\(Any,/.test(sync + async);
    const typingClasses = [...(castAny ? ['Any'] : []), ...(this.imports.get('typing') ?? [])].sort(
      (a, b) => a.length - b.length || compareStrings(a, b),
    );
    const typingNames = [...typingClasses, ...(castAny ? ['cast'] : [])];
    this.imports.delete('typing');
    const header = [
      GENERATED_HEADER,
      '',
      'from __future__ import annotations',
      '',
      'import os',
      ...(methods && typingNames.length > 0 ? [`from typing import ${typingNames.join(', ')}`] : []),
      ...(unwraps.length > 0 ? ['from datetime import datetime, timezone'] : []),
      '',
      ...(this.mocksRoutes ? ['import httpx'] : []),
      'import pytest',
      ...(unwraps.length > 0 ? ['import standardwebhooks'] : []),
      ...(this.mocksRoutes ? ['from respx import MockRouter'] : []),
      '',
      ...this.importLines(),
      '',
      ...(this.resource.methods.some((m) => m.ir.docs.deprecated !== undefined)
        ? ['# pyright: reportDeprecated=false', '']
        : []),
      ...this.clients.moduleConstants(basePath),
    ];
    return `${header.join('\n')}\n\n\n${sync}\n\n\n${async}\n`;
  }

  private use(from: string, ...names: string[]): void {
    const set = this.imports.get(from) ?? new Set<string>();
    names.forEach((n) => set.add(n));
    this.imports.set(from, set);
  }

  /** First-party imports as Ruff's isort sorts them with `length-sort`: by module length, names by length. */
  private importLines(): string[] {
    const byLength = (a: string, b: string) => a.length - b.length || compareStrings(a, b);
    const text = this.options.resourceModuleText?.(this.resource);
    const typesImports = text === undefined ? new Map<string, string[]>() : typesImportsOf(this.resource.module, text);
    const primitives = primitiveResponseNames(this.resource.methods, this.pkg.types);
    const shared = this.imports.get(`${this.pkg.importName}.types.shared`) ?? [];
    return [...this.imports.keys()].sort(byLength).map((from) => {
      const names = [...this.imports.get(from)!].sort(byLength);
      const inPackage = from.startsWith(`${this.pkg.importName}.`) ? from.slice(this.pkg.importName.length + 1) : '';
      const alsoImported = alsoImportedNames(inPackage, typesImports, primitives, shared);
      return testImportStatement(from, names, alsoImported, this.pkg.typeForms?.isortImportWidth ?? null);
    });
  }

  private testClass(isAsync: boolean, unwraps: UnwrapTest[]): string {
    const aiohttp = this.options.forms?.aiohttp ?? true;
    const lines = [
      `class Test${isAsync ? 'Async' : ''}${this.resourceName}:`,
      ...this.clients.classHead(isAsync, aiohttp),
    ];
    // A method the config gives a skip reason (`skip_test_reason`) has its tests skipped with it, as Stainless's.
    const tests = this.resource.methods.map((m) => {
      // (Or, in its era, Stainless's own for an operation defining callbacks: test-skips.ts.)
      const reason = testSkipOf(
        m.ir,
        this.options.forms?.callbackTestsSkip ?? null,
        this.options.mockAnswersJsonLines === true,
      )?.reason;
      const offReason = this.options.forms ? this.options.forms.mockTestsOffReason : 'Mock server tests are disabled';
      const mockOffMark = this.options.mockTestsOff ? `${mockTestsOffMark(offReason)}\n` : '';
      // A test mocking its route (respx) needs no mock server: Stainless runs it (cartesia-python's test_tts.py).
      const skipOf = (t: string) =>
        reason !== undefined
          ? `    @pytest.mark.skip(reason=${pyStr(reason)})\n`
          : t.startsWith(RESPX_MARK)
            ? ''
            : mockOffMark;
      return this.methodTests(m, isAsync).map((t) => `\n${skipOf(t)}    @parametrize\n${t}`);
    });
    // Each unwrap's test where its method is among the others (the earlier in place, the later past them).
    [...unwraps]
      .sort((a, b) => a.at - b.at)
      .forEach((u, i) => tests.splice(u.at + i, 0, [`\n${isAsync ? u.async : u.sync}`]));
    return [...lines, ...tests.flat()].join('\n');
  }

  /** The call with what it requires, as a user writes it: the params a client option fills in are the client's. */
  requiredArgs(method: PyMethod): Arg[] {
    const filled = new Set(method.params.filter((p) => requiredButFilled(method, p)).map((p) => p.name));
    return this.variants(method)[0].required.filter((a) => a.name === null || !filled.has(a.name));
  }

  /**
   * The call's arguments with the params `given` (by wire name) as given, in their order after the required ones, and
   * what `method` requires but `given` lacks made up as for its tests.
   */
  givenArgs(method: PyMethod, given: Record<string, unknown>, schemas: ReadonlyMap<string, NamedSchema>): Arg[] {
    const value = (p: PyParam) => given[p.wireName] ?? given[p.key];
    const asGiven = (p: PyParam) => givenValue(value(p), p.type, schemas);
    const pathArgs = this.pathArgs(method, (p, name) => ({
      name,
      value: value(p) === undefined ? this.pathValue(method, p) : asGiven(p),
    }));
    const required = method.params
      .filter((p) => p.required)
      .map((p) => (value(p) === undefined ? this.arg(method, p, false) : { name: p.name, value: asGiven(p) }));
    const order = (p: PyParam) => Object.keys(given).indexOf(p.wireName in given ? p.wireName : p.key);
    const optional = method.params
      .filter((p) => !p.required && value(p) !== undefined)
      .sort((a, b) => order(a) - order(b))
      .map((p) => ({ name: p.name, value: asGiven(p) }));
    return [...pathArgs, ...required, ...optional].filter((a): a is Arg => a !== null);
  }

  /** The arg of a param of nested objects as the README's nested params show it (example-values.ts). */
  readmeNestedArgs(method: PyMethod, param: PyParam): Arg[] {
    const value = this.values.readmeNested(method, param);
    this.importHelpers();
    return value === undefined ? [] : [{ name: param.name, value }];
  }

  importedNames(from: string): Set<string> | undefined {
    return this.imports.get(from);
  }

  callText(head: string, args: Arg[], indent: number, width?: number): string {
    return this.calls.call(head, args, indent, '', width);
  }

  /** Each method's variants, built once: its sync and async tests and its path params' tests call with the same. */
  private readonly variantsOf = new Map<PyMethod, Variant[]>();

  private variants(method: PyMethod): Variant[] {
    let known = this.variantsOf.get(method);
    if (known === undefined) this.variantsOf.set(method, (known = this.buildVariants(method)));
    return known;
  }

  /**
   * The path args in call order: a sole argument unnamed; else by name, or, before the era's KEYWORD_PATH_ARGS_SINCE,
   * the positional ones unnamed (`retrieve("issues", integration_id=…)`) and the keyword-only ones by name.
   */
  private pathArgs(method: PyMethod, arg: (p: PyParam, name: string | null) => Arg): Arg[] {
    if (alonePositional(method)) return [arg(method.pathParams[0], null)];
    const named = this.options.forms?.keywordPathArgs ?? true;
    return callOrder(method).map((p) => arg(p, named || !method.positional.includes(p) ? p.name : null));
  }

  private buildVariants(method: PyMethod): Variant[] {
    const streamParam = method.stream && !method.stream.always ? method.stream.param : null;
    const args = (params: PyParam[], all: boolean, stream: boolean | null, variant: number | null = null): Arg[] => {
      const pathArgs = this.pathArgs(method, (p, name) => ({ name, value: this.pathValue(method, p) }));
      const required = params.filter(
        (p) =>
          (p.required || requiredButFilled(method, p) || inTestFieldSet(method, p, 'required')) &&
          p.name !== streamParam,
      );
      const optional = params.filter(
        (p) =>
          !p.required &&
          !required.includes(p) &&
          !inTestFieldSet(method, p, 'leftOut') &&
          (stream !== true || p.name !== streamParam),
      );
      const streamArg = stream === true && streamParam ? [{ name: streamParam, value: true as PyValue }] : [];
      const chosen = all ? optional : [];
      // (A raw body taken positionally follows the path args, by name: kernel's `id="id", contents=b"…", path=…`.)
      const inCallOrder = [...required.filter((p) => p.rawBody), ...required.filter((p) => !p.rawBody)];
      return [
        ...pathArgs,
        ...inCallOrder.map((p) => this.arg(method, p, all, variant)),
        ...streamArg,
        ...chosen.map((p) =>
          p.name === streamParam && stream === false
            ? { name: p.name, value: false }
            : this.arg(method, p, all, variant),
        ),
      ].filter((a): a is Arg => a !== null);
    };
    // (A required param holding optional properties counts: Stainless's all-params test writes them.)
    const hasOptional = (stream: boolean | null, params = method.params) =>
      params.some(
        (p) =>
          (!p.required &&
            !inTestFieldSet(method, p, 'required') &&
            !inTestFieldSet(method, p, 'leftOut') &&
            (stream !== true || p.name !== streamParam)) ||
          this.values.holdsOptional(p.type),
      );
    if (!streamParam && method.overloads) {
      // A body of several objects: the tests of each overload call it with that variant's params.
      return method.overloads.map((only, i) => {
        const params = only.flatMap(({ name, ...own }) => {
          const param = method.params.find((p) => p.name === name);
          return param ? [{ ...param, ...own }] : [];
        });
        return {
          suffix: `_overload_${i + 1}`,
          streams: false,
          required: args(params, false, null, i),
          all: hasOptional(null, params) ? args(params, true, null, i) : null,
        };
      });
    }
    if (!streamParam) {
      return [
        {
          suffix: '',
          streams: false,
          required: args(method.params, false, null),
          all: hasOptional(null) ? args(method.params, true, null) : null,
        },
      ];
    }
    return [
      {
        suffix: '_overload_1',
        streams: false,
        required: args(method.params, false, false),
        all: hasOptional(false) ? args(method.params, true, false) : null,
      },
      {
        suffix: '_overload_2',
        streams: true,
        required: args(method.params, false, true),
        all: hasOptional(true) ? args(method.params, true, true) : null,
      },
    ];
  }

  private arg(method: PyMethod, param: PyParam, all: boolean, variant: number | null = null): Arg | null {
    const value = this.values.param(method, param, all, variant);
    this.importHelpers();
    return value === undefined ? null : { name: param.name, value };
  }

  private pathValue(method: PyMethod, param: PyParam): PyValue {
    const value = this.values.pathValue(method, param);
    this.importHelpers();
    return value;
  }

  /** What the last value built needs from the package (`parse_date`). */
  private importHelpers(): void {
    if (this.values.usedDate) this.use(`${this.pkg.importName}._utils`, 'parse_date');
    if (this.values.usedDateTime) this.use(`${this.pkg.importName}._utils`, 'parse_datetime');
    this.values.usedDate = this.values.usedDateTime = false;
  }

  private methodTests(method: PyMethod, isAsync: boolean): string[] {
    const tests: string[] = [];
    const checked = (this.options.forms?.emptyPathParamChecks ?? true) && method.pathParams.some(checksNonEmpty);
    for (const variant of this.variants(method)) {
      tests.push(this.callTest(method, variant, 'method', variant.required, isAsync));
      if (variant.all) tests.push(this.callTest(method, variant, 'method_with_all_params', variant.all, isAsync));
      // (Each wrapper's test where the era has the wrapper: python-era.ts, RAW_RESPONSE_WRAPPERS_SINCE.)
      if (this.options.forms?.rawResponseWrappers ?? true)
        tests.push(this.callTest(method, variant, 'raw', variant.required, isAsync));
      if (this.options.forms?.streamingResponseWrappers ?? true)
        tests.push(this.callTest(method, variant, 'streaming', variant.required, isAsync));
      // Each overload has its own, after its tests, with its args (imagekit's `test_path_params_update_overload_2`).
      if (checked) tests.push(this.pathParamsTest(method, variant, isAsync));
    }
    return tests;
  }

  /** The test's name: `test_method_create_with_all_params_overload_1` puts the overload last. */
  private testName(kind: TestKind, method: PyMethod, suffix = '') {
    if (kind === 'method_with_all_params') return `test_method_${method.name}_with_all_params${suffix}`;
    const stem = kind === 'raw' ? 'raw_response' : kind === 'streaming' ? 'streaming_response' : kind;
    return `test_${stem}_${method.name}${suffix}`;
  }

  private signature(name: string, isAsync: boolean): string {
    const [def, client] = isAsync
      ? [`async def ${name}`, `${this.clients.asyncParam}: ${this.pkg.asyncClientName}`]
      : [`def ${name}`, `client: ${this.pkg.clientName}`];
    // (Split as Ruff splits it where it does not fit.)
    return layoutDef('    ', def, ['self', client], 'None') ?? `    ${def}(self, ${client}) -> None:`;
  }

  /** The calls' layout (call-layout.ts). */
  private readonly calls = new CallLayout();

  private readonly chains = new Map<string, string>();

  private chain(isAsync: boolean, via = ''): string {
    const key = `${isAsync} ${via}`;
    let chain = this.chains.get(key);
    if (chain === undefined) {
      chain = [isAsync ? this.clients.asyncParam : 'client', ...this.resource.chain, ...(via ? [via] : [])].join('.');
      this.chains.set(key, chain);
    }
    return chain;
  }

  /** What the test asserts of a result held in `variable` (`parsed`: from a raw response's `parse()`), at `indent`. */
  private assertResult(method: PyMethod, variable: string, isAsync: boolean, indent: string, parsed = false): string[] {
    if (method.returns === 'None') return [`${indent}assert ${variable} is None`];
    if (/BinaryAPIResponse$/.test(method.returns)) {
      // The method returns the response object; a raw response's `parse()` gives its body.
      if (parsed) return [`${indent}assert isinstance(${variable}, bytes)`];
      return [`${indent}assert isinstance(${isAsync ? 'await ' : ''}${variable}.read(), bytes)`];
    }
    const type = isAsync ? awaitedType(method) : method.returns;
    this.importReturnType(method, type);
    // Imported only where used (a module of methods returning nothing has no use for it: strict checkers say so).
    this.use('tests.utils', 'assert_matches_type');
    const call = `assert_matches_type(${type}, ${variable}, path=["response"])`;
    // Split as Ruff splits it where it does not fit (else left long: the module is then Ruff's).
    const line = `${indent}${call}`;
    return allLinesFit(line) ? [line] : laidOutLines(line, () => layoutExpr(indent, '', call) ?? line);
  }

  /** The return types imported for each method already (its tests assert the same ones again and again). */
  private readonly returnTypesImported = new Map<PyMethod, Set<string>>();

  private importReturnType(method: PyMethod, type: string): void {
    let imported = this.returnTypesImported.get(method);
    if (imported === undefined) this.returnTypesImported.set(method, (imported = new Set()));
    if (imported.has(type)) return;
    imported.add(type);
    if (method.returnsType) this.use(typesImport(this.pkg.importName, method.returnsType), method.returnsType.name);
    for (const page of this.pkg.pages)
      if (type.startsWith(`${page.syncName}[`) || type.startsWith(`${page.asyncName}[`))
        this.use(`${this.pkg.importName}.pagination`, page.syncName, page.asyncName);
    const typing = ['List', 'Dict', 'Optional', 'Union'].filter((n) => type.includes(`${n}[`));
    if (typing.length > 0) this.use('typing', ...typing);
  }

  private callTest(method: PyMethod, variant: Variant, kind: TestKind, args: Arg[], isAsync: boolean): string {
    const module = {
      pkg: this.pkg,
      variable: this.variable,
      values: this.values,
      use: (from: string, ...names: string[]) => this.use(from, ...names),
      mocksRoutes: () => {
        this.mocksRoutes = true;
      },
      testName: (kind: TestKind, of: PyMethod, suffix: string) => this.testName(kind, of, suffix),
      chain: (isAsync: boolean, via?: string) => this.chain(isAsync, via),
      call: (head: string, args: Arg[], indent: number, tail?: string) => this.calls.call(head, args, indent, tail),
      signature: (name: string, isAsync: boolean) => this.signature(name, isAsync),
      asyncClient: this.clients.asyncParam,
    };
    const mocked = binaryTest(module, method, variant, kind, args, isAsync);
    if (mocked !== null) return mocked;
    // (A JSON Lines method's, Stainless's forms: jsonl-tests.ts.)
    const lines = jsonLinesTest(
      module,
      method,
      variant.suffix,
      kind,
      args,
      isAsync,
      this.options.forms?.jsonLinesTests ?? 'items',
    );
    if (lines !== null) return lines;
    const deprecated = method.ir.docs.deprecated !== undefined;
    const ind = deprecated ? '            ' : '        ';
    const wait = isAsync ? 'await ' : '';
    const out: string[] = [this.signature(this.testName(kind, method, variant.suffix), isAsync)];
    const after: string[] = [];
    const alwaysStreams = method.stream?.always === true;
    // (A stream is held as `<name>_stream`, whether a param asks for it or the method always streams: agentex's
    // `task_stream = client.tasks.stream_events(…)`, opencode's `event_stream = client.event.list()`.)
    const variable = variant.streams || alwaysStreams ? `${this.variable}_stream` : this.variable;
    const responseVar = this.variable === 'response' && !variant.streams ? 'http_response' : 'response';
    if (kind === 'method' || kind === 'method_with_all_params') {
      out.push(this.calls.assignCall(ind, variable, `${wait}${this.chain(isAsync)}.${method.name}`, args));
      const checks =
        variant.streams || alwaysStreams
          ? [`${ind}${wait}${variable}.response.${isAsync ? 'aclose' : 'close'}()`]
          : this.assertResult(method, variable, isAsync, deprecated ? '        ' : ind);
      if (deprecated && !(variant.streams || alwaysStreams)) after.push('', ...checks);
      else out.push(...checks);
    } else if (kind === 'raw') {
      out.push(
        this.calls.assignCall(
          ind,
          responseVar,
          `${wait}${this.chain(isAsync, 'with_raw_response')}.${method.name}`,
          args,
        ),
      );
      const outer = deprecated ? '        ' : ind;
      // (Before the streaming wrappers, a raw response was not asserted closed: STREAMING_RESPONSE_WRAPPERS_SINCE.)
      const closedChecked = this.options.forms?.streamingResponseWrappers ?? true;
      const checks = closedChecked ? [''] : [];
      if (!variant.streams && !alwaysStreams && closedChecked)
        checks.push(`${outer}assert ${responseVar}.is_closed is True`);
      checks.push(`${outer}assert ${responseVar}.http_request.headers.get("X-Stainless-Lang") == "python"`);
      if (variant.streams || alwaysStreams)
        checks.push(`${outer}stream = ${wait}${responseVar}.parse()`, `${outer}${wait}stream.close()`);
      else
        checks.push(
          `${outer}${variable} = ${wait}${responseVar}.parse()`,
          ...this.assertResult(method, variable, isAsync, outer, true),
        );
      (deprecated ? after : out).push(...checks);
    } else {
      const inner = `${ind}    `;
      out.push(
        this.calls.withCall(
          ind,
          isAsync ? 'async with ' : 'with ',
          `${this.chain(isAsync, 'with_streaming_response')}.${method.name}`,
          args,
          responseVar,
        ),
        `${inner}assert not ${responseVar}.is_closed`,
        `${inner}assert ${responseVar}.http_request.headers.get("X-Stainless-Lang") == "python"`,
        '',
      );
      if (variant.streams || alwaysStreams)
        out.push(`${inner}stream = ${wait}${responseVar}.parse()`, `${inner}${wait}stream.close()`);
      else
        out.push(
          `${inner}${variable} = ${wait}${responseVar}.parse()`,
          ...this.assertResult(method, variable, isAsync, inner, true),
        );
      after.push('', `        assert cast(Any, ${responseVar}.is_closed) is True`);
    }
    if (deprecated) out.splice(1, 0, '        with pytest.warns(DeprecationWarning):');
    return [...out, ...after].join('\n');
  }

  /** The args of each path-params test of a method, made once: the sync and async tests print the same. */
  private readonly emptyPathArgsOf = new Map<PyMethod, Map<string, Arg[]>>();

  private emptyPathArgs(method: PyMethod, key: string, make: () => Arg[]): Arg[] {
    let made = this.emptyPathArgsOf.get(method);
    if (made === undefined) this.emptyPathArgsOf.set(method, (made = new Map()));
    let args = made.get(key);
    if (args === undefined) made.set(key, (args = make()));
    return args;
  }

  private pathParamsTest(method: PyMethod, variant: Variant, isAsync: boolean): string {
    const deprecated = method.ir.docs.deprecated !== undefined;
    const base = variant.required;
    const blocks: string[] = [];
    const ind = deprecated ? '            ' : '        ';
    // (An era without raw wrappers calls the method itself.)
    const raw = this.options.forms?.rawResponseWrappers ?? true;
    for (const [i, param] of method.pathParams.filter(checksNonEmpty).entries()) {
      // (An unnamed arg is a path param's: they come first, in call order.)
      const at = callOrder(method).indexOf(param);
      const args = this.emptyPathArgs(method, `${variant.suffix} ${i}`, () =>
        base.map((a, j) => ((a.name === null ? j === at : a.name === param.name) ? { ...a, value: '' } : a)),
      );
      const message = `Expected a non-empty value for \`${param.name}\` but received ''`;
      const raises = `pytest.raises(ValueError, match=r${pyStr(escapeRegex(message))})`;
      blocks.push(
        [
          laidOutLines(
            `${ind}with ${raises}:`,
            () => layoutExpr(ind, 'with ', raises, ':') ?? `${ind}with ${raises}:`,
          ).join('\n'),
          `${ind}    ${this.calls.call(`${isAsync ? 'await ' : ''}${this.chain(isAsync, raw ? 'with_raw_response' : undefined)}.${method.name}`, args, ind.length + 4)}`,
        ].join('\n'),
      );
    }
    const head = [
      ...(mocksRoute(method) ? [RESPX_MARK] : []),
      this.signature(`test_path_params_${method.name}${variant.suffix}`, isAsync),
    ];
    if (deprecated) head.push('        with pytest.warns(DeprecationWarning):');
    return [...head, blocks.join('\n\n')].join('\n');
  }
}
