/**
 * Emit plan of the README and api.md: the view both get (DocsView). It picks the methods the README's programs show
 * (the configured `readme.example_requests`, else the first that fits each section), lays their calls out at the
 * README's width, and lists api.md's sections: each resource's methods and the types a user can reach. The programs'
 * shape is in the templates' partials (readme-call.hbs, readme-function.hbs, readme-imports.hbs); plan.ts asks this
 * planner too for a method's `@example` and for the calls the reference docs print, so all of them show a call alike.
 */
import { baseResourceClassName } from '../../naming/rules';
import { camelCase } from '../../naming/case';
import { RESERVED_WORDS } from '../../naming/reserved';
import type { SchemaRefs } from '../../ir/walk';
import { flattenResources, resourcesWithTopLevel } from '../../ir/resources';
import type { Method, NamedSchema, Resource, TypeRef } from '../../ir/types';
import { extend } from '../../extend';
import { flatText, printCall, printCallBetween, printCallStatement, type ExampleValue } from './example-value';
import type { Examples, FileStyle } from './examples';
import { functionExample, readmeFunctionMethod } from './plan-funcs';
import { ApiMdPlanner, type ApiMdFile } from './plan-api-md';
import { referenceIndex } from './plan-docs';
import { linesStream, resourceReceiver } from './plan-request';
import { resourceNamespaceName } from './plan-resource';
import { schemaModule } from './plan-schemas';
import { stainlessReadmeView } from './plan-stainless-readme';
import { resultVariable } from '../readme-names';
import { readmeClientArgs, requestDefaultsText } from './readme-defaults';
import { markdownLink, markdownSafe } from './print-doc';
import type {
  AuthOptionView,
  CommonView,
  DocsView,
  ExampleCallView,
  ExampleImportsView,
  FunctionExampleView,
  TypesExampleView,
} from './views';
import { functionNameOf, streamsUnmarked, type TypeScriptApi } from './target-api';

/** What the README's planner takes from plan.ts. */
export interface ReadmeInputs {
  api: TypeScriptApi;
  common: CommonView;
  examples: Examples;
  /** Schemas by id. */
  schemas: ReadonlyMap<string, NamedSchema>;
  /** The schemas each schema refers to. */
  schemaRefs: SchemaRefs;
  /** Every resource, nested ones after their parent. */
  resources: Resource[];
  /** The client's options for its credentials, as the client's view lists them. */
  authOptions: AuthOptionView[];
  /** The type names a module exports (its schemas, then its params types), as the indexes list them. */
  typeNamesOf: (module: string) => string[];
  /** Whether the SDK has standalone functions (`src/funcs/*`). */
  funcs: boolean;
  /** Whether the SDK has reference docs (`docs/…`) for the README to link to. */
  referenceDocs: boolean;
  /** Whether the SDK has `Base…` resource classes and `<package>/tree-shakable`. */
  treeShaking: boolean;
  /** Whether the SDK has TanStack Query options (`<package>/tanstack`). */
  tanstackQuery: boolean;
}

export class ReadmePlanner {
  private readonly api: TypeScriptApi;
  private readonly common: CommonView;
  private readonly examples: Examples;
  private readonly schemas: ReadonlyMap<string, NamedSchema>;
  /** api.md's sections, which the README's view carries too. */
  private readonly apiMd: ApiMdPlanner;
  private readonly resources: Resource[];
  private readonly authOptions: AuthOptionView[];
  private readonly typeNamesOf: (module: string) => string[];
  private readonly funcs: boolean;
  private readonly referenceDocs: boolean;
  private readonly treeShaking: boolean;
  private readonly tanstackQuery: boolean;

  constructor(inputs: ReadmeInputs) {
    this.api = inputs.api;
    this.common = inputs.common;
    this.examples = inputs.examples;
    this.schemas = inputs.schemas;
    this.apiMd = new ApiMdPlanner(inputs);
    this.resources = inputs.resources;
    this.authOptions = inputs.authOptions;
    this.typeNamesOf = inputs.typeNamesOf;
    this.funcs = inputs.funcs;
    this.referenceDocs = inputs.referenceDocs;
    this.treeShaking = inputs.treeShaking;
    this.tanstackQuery = inputs.tanstackQuery;
  }

  /** The view README.md and api.md are rendered with. */
  docsView(): DocsView {
    const authOptions = this.authOptions;
    const methods = this.resources.flatMap((r) => r.methods.map((m) => ({ r, m })));
    const simplest =
      methods.find(({ m }) => !m.params?.required && m.positional.length === 0 && m.response.kind === 'json') ??
      methods[0];
    // The README requests a Stainless config names (`readme.example_requests`), with the params it gives.
    const configured = (role: string) => {
      const e = this.api.readmeExamples.find((x) => x.role === role);
      const found = e && methods.find(({ r, m }) => r.path === e.resourcePath && m.name === e.method);
      return found && { ...found, given: e.params };
    };
    // The headline: the configured one, else the first method that takes arguments and returns data (it shows how a
    // call is written), else the simplest.
    const headline: Example | undefined =
      configured('headline') ??
      configured('default') ??
      methods.find(
        ({ m }) => (m.positional.length > 0 || m.params?.required) && m.response.kind === 'json' && !m.pagination,
      ) ??
      simplest;
    // A call on its own (in `let page = await …;`, `try { await …; }`), laid out from the start of its line.
    const alone = (found: Example, extra: ExampleValue[] = []) =>
      printCall(
        `client.${found.r.path}.${found.m.name}`,
        [...this.examples.callValues(found.m, { given: found.given }), ...extra],
        '',
        README_WIDTH,
      );

    // The first method of each top-level resource (or of its nested ones).
    const examples = this.api.resources.flatMap((top) => {
      const r = [top, ...top.subresources].find((resource) => resource.methods.length > 0);
      const found = r && { r, m: r.methods[0] };
      return found ? [{ title: `client.${found.r.path}`, ...this.exampleCallView(found) }] : [];
    });
    const configuredPage = configured('pagination');
    const paginated: Example | undefined = configuredPage?.m.pagination
      ? configuredPage
      : methods.find(({ m }) => m.pagination);
    const upload =
      methods.find(
        ({ m }) => m.body?.encoding === 'multipart' && m.params?.fields.some((f) => this.examples.takesFile(f.type)),
      ) ?? methods.find(({ m }) => m.body?.encoding === 'binary');
    // Not one that streams only because its config left it unmarked: Stainless's READMEs have no section for it
    // (hypeman-ts, llama-cloud-ts, cartesia-js), as they have for one a config marks (opencode-sdk-js).
    const streaming = methods.find(({ m }) => m.response.kind === 'sse' && !streamsUnmarked(m));
    const jsonLines = methods.find(({ m }) => linesStream(this.api, m) !== null);
    const binary = methods.find(({ m }) => m.response.kind === 'binary' && linesStream(this.api, m) === null);
    const uploadCall = ({ r, m }: Example, files: FileStyle) =>
      printCallBetween(
        'await ',
        `client.${r.path}.${m.name}`,
        this.examples.callValues(m, { withFile: true, files }),
        ';',
        README_WIDTH,
      );
    // The smallest bundle: one resource class on the core client (a top-level resource, so its module path is short).
    const coreTarget =
      methods.find(({ r, m }) => !r.path.includes('.') && m === simplest?.m) ??
      methods.find(({ r }) => !r.path.includes('.'));
    // The resource in a variable named after it (`health`), unless that name is a keyword (`new` → `newResource`).
    const coreVariable =
      coreTarget &&
      (RESERVED_WORDS.has(coreTarget.r.property) || ['client', 'fs', 'toFile'].includes(coreTarget.r.property))
        ? `${coreTarget.r.property}Resource`
        : coreTarget?.r.property;
    // The call the sections on errors, retries, timeouts and raw responses show: the config's `default` request, as
    // Stainless's READMEs show it, else the simplest.
    const basicExample: Example | undefined = configured('default') ?? simplest;
    // That call with request options after its arguments (an empty params object when they are optional).
    const withOptions = (options: string) => {
      if (!basicExample) return `client.someMethod(${options})`;
      const values = this.examples.callValues(basicExample.m, { given: basicExample.given });
      if (basicExample.m.params && !values.some((v) => v.kind === 'object'))
        values.push({ kind: 'object', entries: [] });
      return printCall(
        `client.${basicExample.r.path}.${basicExample.m.name}`,
        [...values, { kind: 'code', text: options }],
        '',
        README_WIDTH,
      );
    };
    const basic = basicExample ? alone(basicExample) : 'client.someMethod()';
    const retryCall = withOptions('{ maxRetries: 5 }');
    const timeoutCall = withOptions('{ timeout: 5 * 1000 }');
    // Types are best shown on a call with both a params object and a named result: the config's default request, as
    // Stainless shows it, where the package exports its types under their names (a nested resource's may be another's
    // too: each module is a scope) and it does not stream by a flag (its result is then a union).
    const configuredDefault = configured('default');
    const exportedAlone = ({ m }: Example) => {
      if (m.response.kind !== 'json' || m.response.type.kind !== 'ref' || m.streamWhen !== null) return false;
      const names = [this.schemas.get(m.response.type.schemaId)?.name, m.params?.typeName].filter((n) => n);
      const all = [...this.api.schemas.map((s) => s.name), ...methods.map(({ m }) => m.params?.typeName)];
      return names.every((name) => all.filter((n) => n === name).length === 1);
    };
    const typed =
      (configuredDefault && exportedAlone(configuredDefault) ? configuredDefault : undefined) ??
      methods.find(
        ({ m }) =>
          m.params?.required &&
          (m.body === null || m.body.encoding === 'json') &&
          m.response.kind === 'json' &&
          m.response.type.kind === 'ref' &&
          !m.pagination,
      ) ??
      headline;
    const types = typed && this.typesExample(typed);

    const { sections } = this.apiMd.sections();
    const funcs = this.readmeFuncs();
    return {
      ...this.common,
      install: `npm install ${this.api.packageName}`,
      docsLink: this.api.docsUrl ? markdownLink(this.api.docsUrl) : '',
      ...(headline && { headline: this.exampleCallView(headline) }),
      clientEnvVar: authOptions[0] ? authOptions[0].envVarName || `${this.api.envPrefix}_API_KEY` : '',
      clientArgs: readmeClientArgs(authOptions),
      authFromEnv: authOptions.some((o) => o.envVarName !== ''),
      baseUrlRequired: !this.api.baseUrl,
      authOptions,
      baseUrl: this.api.environments[0]?.url ?? this.api.baseUrl ?? '',
      environments: this.api.environments.map((e) => ({ name: markdownSafe(e.name), url: markdownSafe(e.url) })),
      requestOptionsInParams: this.api.requestOptionsInParams,
      validationResponses: this.api.validation?.responses ?? '',
      validationParams: this.api.validation?.params ?? '',
      validationExample:
        this.api.validation && this.api.schemas[0]
          ? { name: this.api.schemas[0].name, module: schemaModule(this.api.schemas[0].module) }
          : null,
      mcpPackageName: this.api.mcp ? markdownSafe(this.api.mcp.packageName) : '',
      mcpBinName: this.api.mcp ? markdownSafe(this.api.mcp.binName) : '',
      examples,
      ...(paginated && { pagination: { ...this.exampleCallView(paginated), pageCall: alone(paginated) } }),
      ...(upload && {
        upload: {
          streamCall: uploadCall(upload, 'stream'),
          fileCall: uploadCall(upload, 'file'),
          toFileCall: uploadCall(upload, 'toFile'),
        },
      }),
      ...(streaming && { streaming: this.exampleCallView(streaming) }),
      ...(jsonLines && { jsonLines: this.exampleCallView(jsonLines) }),
      ...(binary && { binary: this.exampleCallView(binary) }),
      ...(coreTarget &&
        coreVariable && {
          core: {
            ...this.exampleCallView(coreTarget, coreVariable),
            className: coreTarget.r.className,
            module: coreTarget.r.module,
            resourceVariable: coreVariable,
            baseClassName: this.treeShaking ? baseResourceClassName(coreTarget.r.className) : '',
            clientPath: coreTarget.r.path,
          },
        }),
      ...(types && { types }),
      basicCall: { call: basic, retryCall, timeoutCall, ...importsOf([basic, retryCall, timeoutCall]) },
      ...requestDefaultsText(this.api),
      ...this.webhooksSection(),
      ...(funcs && { funcs }),
      ...this.tanstackSection(),
      apiSections: sections,
      referenceDocs: !this.referenceDocs ? [] : referenceIndex(this.api),
      ...(this.api.stainlessLayout !== null && {
        stainless: stainlessReadmeView({
          api: this.api,
          examples: this.examples,
          schemas: this.schemas,
          resources: this.resources,
          authOptions,
          treeShaking: this.treeShaking,
          headline: configured('headline') ?? configured('default') ?? headline,
          basic: configured('default') ?? headline,
          paginated,
          variableOf: (m) => this.stainlessVariableName(m, []),
          namespaceOf: (r) => resourceNamespaceName(r, this.schemas, this.typeNamesOf),
        }),
      }),
    };
  }

  /** The README's TanStack Query section, named by the API's first method; none without `tanstackQuery`. */
  private tanstackSection(): Pick<DocsView, 'tanstack'> {
    if (!this.tanstackQuery) return {};
    const r = resourcesWithTopLevel(this.api).find((resource) => resource.methods.length > 0);
    const first = r && { r, m: r.methods[0] };
    if (!first) return {};
    return {
      tanstack: { methodPath: `${resourceReceiver(first.r)}.${first.m.name}`, functionName: functionNameOf(first.m) },
    };
  }

  /** The api.md files of resources with `standalone_api`, linked from the root api.md: each path and its sections. */
  standaloneApiDocs(): ApiMdFile[] {
    return this.apiMd.sections().standalone;
  }

  /**
   * The `@example` of a method: its call, formatted to end where the code does (inside ` * ` at class depth), in the
   * statement partials/readme-call.hbs writes for it, with `// ...` where the README prints the result.
   */
  docExample(method: Method, resource: Resource): string {
    const stainless = this.api.stainlessLayout !== null;
    // Stainless's examples hold a stream as any response, with no loop over it (hypeman's `logs`).
    const streamed = stainless && !method.pagination && method.response.kind === 'sse';
    const { lead, tail } = streamed ? { lead: 'const response = await ', tail: ';' } : this.statement(method, []);
    const values = this.examples.callValues(method, {
      files: 'stream',
      givenBody: this.bodyExampleOf(method),
      stainless,
    });
    // Stainless's examples leave out an empty params object (luma's `audio('id')`), and lay the call out without it
    // (papr's `client.user.update('user_id');`, on one line of 60 columns where `, {}` would have broken it).
    const last = values.at(-1);
    if (stainless && method.params && last?.kind === 'object' && last.entries.length === 0) values.pop();
    const width = this.api.stainlessLayout === null ? DOC_EXAMPLE_WIDTH : STAINLESS_EXAMPLE_WIDTH;
    const callee = `${resourceReceiver(resource)}.${method.name}`;
    let call = printCallStatement(lead, callee, values, tail, width);
    if (stainless && call.split('\n').length > STAINLESS_EXAMPLE_LINES) {
      call = printCallStatement(lead, callee, values, tail, width, STAINLESS_ELIDED_DEPTH);
    }
    if (method.pagination) {
      // (With a Stainless config, the comment Stainless's examples have, so that a migration leaves them be.)
      const note =
        this.api.stainlessLayout === null
          ? 'Each page after the first is fetched as the loop reaches it.'
          : 'Automatically fetches more pages as needed.';
      return `// ${note}\n${call}\n  // ...\n}`;
    }
    // (A file, as Stainless's examples read it: `const content = await response.blob();`.)
    if (stainless && method.response.kind === 'binary' && !method.response.lines)
      return `${call}\n\nconst content = await ${this.statement(method, []).variable}.blob();\nconsole.log(content);`;
    if (stainless) return call;
    if (method.response.kind === 'sse') return `${call}\nfor await (const event of stream) {\n  // ...\n}`;
    if (linesStream(this.api, method) === null) return call;
    return `${call}\nfor await (const ${this.statement(method, []).variable} of stream) {\n  // ...\n}`;
  }

  /**
   * The body fields a Stainless SDK's `@example` passes: those of the spec's example of the request body (IR
   * `bodyExample`) that are fields of the method's params, but an optional one whose example is null or false (knock's
   * `ending_at: null`, `is_final: false`: no Stainless example passes one; deeper in they stay); undefined when there
   * are none, or when it is the body schema's example (of which the call keeps the required fields, as every value:
   * examples.ts).
   */
  private bodyExampleOf(method: Method): Record<string, unknown> | undefined {
    const example = method.bodyExampleOfSchema ? undefined : method.bodyExample;
    const body = method.params?.fields.filter((f) => f.in === 'body') ?? [];
    if (!example || body.length === 0) return undefined;
    const given = Object.entries(example).filter(([key, value]) => {
      const field = body.find((f) => f.key === key || f.wireName === key);
      return field !== undefined && ((value !== null && value !== false) || field.required);
    });
    return given.length > 0 ? Object.fromEntries(given) : undefined;
  }

  /**
   * How a program holds what a call of `m` returns: a loop over a paginated list's items, a variable named after what
   * it holds (none for a method that returns nothing). `lead` and `tail` are the text before and after the call on
   * its line, as partials/readme-call.hbs writes them (the call is laid out to fit there). `avoid`: names of the
   * program the variable cannot take.
   */
  private statement(m: Method, avoid: string[]): { lead: string; tail: string; variable: string } {
    if (m.pagination) {
      const item = this.variableName(m.pagination.item, 'item', avoid);
      return { lead: `for await (const ${item} of `, tail: ') {', variable: item };
    }
    switch (m.response.kind) {
      case 'empty':
        return { lead: 'await ', tail: ';', variable: '' };
      case 'sse':
        return { lead: 'const stream = await ', tail: ';', variable: 'stream' };
      case 'binary': {
        // A JSON Lines body: a `Stream` of its lines' values, each held by a variable named after their type.
        const lines = linesStream(this.api, m);
        if (lines)
          return { lead: 'const stream = await ', tail: ';', variable: this.variableName(lines, 'line', avoid) };
        return { lead: 'const response = await ', tail: ';', variable: 'response' };
      }
      case 'text':
        return { lead: 'const text = await ', tail: ';', variable: 'text' };
      case 'json': {
        const name =
          this.api.stainlessLayout === null
            ? this.variableName(m.response.type, 'response', avoid)
            : this.stainlessVariableName(m, avoid);
        return { lead: `const ${name} = await `, tail: ';', variable: name };
      }
    }
  }

  /**
   * A README program's call of `found` (partials/readme-call.hbs): the call laid out for its statement, what it
   * returns and the imports its arguments need. `receiver`: a resource in a variable of the program (`health`), in
   * place of `client.<path>`.
   */
  exampleCallView(found: Example, receiver?: string): ExampleCallView {
    const { r, m } = found;
    const { lead, tail, variable } = this.statement(m, receiver ? [receiver] : []);
    const values = this.examples.callValues(m, { files: 'stream', given: found.given });
    const call = printCallBetween(lead, `${receiver ?? resourceReceiver(r)}.${m.name}`, values, tail, README_WIDTH);
    const kind = m.pagination ? 'paginated' : linesStream(this.api, m) ? 'lines' : m.response.kind;
    return {
      call,
      variable,
      paginated: kind === 'paginated',
      stream: kind === 'sse',
      lines: kind === 'lines',
      empty: kind === 'empty',
      binary: kind === 'binary',
      text: kind === 'text',
      json: kind === 'json',
      ...importsOf([call]),
    };
  }

  /** A variable for a value of `type`: its schema's name in camelCase (`deploymentInfo`), else `fallback`. */
  /**
   * What Stainless's SDKs call the result of `m` in its example: a model by its name; a type of the method's own
   * (`RoleCreateResponse`) by its items' model where it is a list of one (`schedules`), by its resource where the
   * method creates, retrieves, updates, deletes (`role`) or lists (`externalAccounts`) it, else `response`.
   */
  private stainlessVariableName(m: Method, avoid: string[]): string {
    return resultVariable(m, {
      schemas: this.schemas,
      toCase: camelCase,
      usable: (name) => this.identifierOr(name, '', avoid) === name,
    });
  }

  private variableName(type: TypeRef, fallback: string, avoid: string[] = []): string {
    const schema = type.kind === 'ref' ? this.schemas.get(type.schemaId) : undefined;
    return this.identifierOr(schema ? camelCase(schema.name) : '', fallback, avoid);
  }

  /** `name` where a program's variable can take it, else `fallback`. */
  private identifierOr(name: string, fallback: string, avoid: string[]): string {
    const taken = new Set(['client', 'fs', 'toFile', 'stream', 'event', 'page', this.api.clientName, ...avoid]);
    return /^[A-Za-z_$][\w$]*$/.test(name) && !RESERVED_WORDS.has(name) && !taken.has(name) ? name : fallback;
  }

  /** The README's standalone-functions program with the imports it needs; undefined without functions. */
  private readmeFuncs(): FunctionExampleView | undefined {
    const chosen = this.funcs ? readmeFunctionMethod(this.api) : null;
    return chosen ? this.functionCall(chosen.r, chosen.m) : undefined;
  }

  /** A call of `m`'s standalone function for a README-width program, with the imports it needs. */
  functionCall(r: Resource, m: Method): FunctionExampleView {
    const example = functionExample(r, m, this.examples, README_WIDTH);
    return extend(example, importsOf([example.call]));
  }

  /** The first webhook unwrap method of the SDK (in resource order), for the README's section. */
  private webhooksSection(): Pick<DocsView, 'webhooks'> {
    for (const r of flattenResources(this.api.resources)) {
      const unwrap = r.webhookUnwraps[0];
      if (!unwrap) continue;
      const option = this.api.settingOptions.find((o) => o.option === unwrap.keyOption);
      return {
        webhooks: {
          call: `${r.path}.${unwrap.name}`,
          eventType:
            unwrap.event.kind === 'ref' ? (this.schemas.get(unwrap.event.schemaId)?.name ?? 'unknown') : 'unknown',
          keyOption: unwrap.keyOption ?? '',
          envVar: option?.envVar ?? '',
        },
      };
    }
    return {};
  }

  /**
   * Request and response types by name: the call's params object and result, typed. Undefined when the call has
   * neither a params type nor a named response type.
   */
  private typesExample(found: Example): TypesExampleView | undefined {
    const { r, m } = found;
    const values = this.examples.callValues(m, { given: found.given });
    const response =
      m.response.kind === 'json' && m.response.type.kind === 'ref' && !m.pagination
        ? this.schemas.get(m.response.type.schemaId)
        : undefined;
    const paramsType = m.params && values.at(-1)?.kind === 'object' ? m.params.typeName : null;
    if (!response && !paramsType) return undefined;
    const args = paramsType ? [...values.slice(0, -1), { kind: 'code' as const, text: 'params' }] : values;
    // One line: the README's formatter breaks it where it is too long.
    const params = paramsType ? flatText(values.at(-1)!) : '';
    const variable = response
      ? this.variableName(m.response.kind === 'json' ? m.response.type : { kind: 'unknown' }, 'response')
      : 'response';
    const lead = `const ${variable}${response ? `: ${response.name}` : ''} = await `;
    const call = printCallBetween(lead, `client.${r.path}.${m.name}`, args, ';', README_WIDTH);
    return {
      typeNames: [paramsType, response?.name].filter((n): n is string => !!n),
      paramsType: paramsType ?? '',
      params,
      variable,
      responseType: response?.name ?? '',
      call,
      ...importsOf([params, call]),
    };
  }
}

/** The imports a README program needs besides the client, from the code it writes (partials/readme-imports.hbs). */
function importsOf(code: string[]): ExampleImportsView {
  const importsFs = code.some((text) => /\bfs\./.test(text));
  const importsToFile = code.some((text) => text.includes('toFile('));
  return { importsFs, importsToFile, hasImports: importsFs || importsToFile };
}

/** A method to show in the README, with the values a config chose for it. */
interface Example {
  r: Resource;
  m: Method;
  given?: Record<string, unknown>;
}

/** Columns an `@example` line may use: the formatter's width less a method's indentation and the ` * ` before it. */
const DOC_EXAMPLE_WIDTH = 110 - 2 - 3;

/**
 * Columns of an `@example` in an SDK made from a Stainless config: Stainless's SDKs lay theirs out in 60 (knock,
 * knock-mgmt, grid, OneBusAway, groq, increase: no line that could break is longer).
 */
const STAINLESS_EXAMPLE_WIDTH = 60;

/**
 * A Stainless `@example` call longer than this many lines prints its objects from this depth as `{ ... }` (knock's
 * `objects.setPreferences`, 31 lines, and `schedules.bulk.create` are; `users.setPreferences`, 30, is not).
 */
const STAINLESS_EXAMPLE_LINES = 30;
const STAINLESS_ELIDED_DEPTH = 3;

/** Columns of a README code block (the formatter's width). */
const README_WIDTH = 110;
