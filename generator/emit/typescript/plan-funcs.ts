/**
 * Standalone functions: one module per method, `src/funcs/<functionName>.ts`, exporting the function (a core client
 * and the method's arguments in, a `Result` out), the union of the errors it fails with, and the request function
 * that the resource class's method calls too (so the request is built in one place). A function module imports the
 * core client's type, runtime modules and types only: never a resource class.
 */
import type { Api, ErrorResponse, Method, NamedSchema, Resource, TypeRef } from '../../ir/types';
import { resourcesWithTopLevel } from '../../ir/resources';
import { NO_RESPONSE_ERROR_CLASSES, QUALIFIED_GLOBALS, STATUS_ERROR_CLASSES } from '../../naming/reserved';
import { extend } from '../../extend';
import { printCall, printCallBetween } from './example-value';
import type { Examples } from './examples';
import { ImportSet } from './imports';
import { pageAliasKey, pageAliases } from './plan-index';
import type { PlannedFile } from '../planned-file';
import { methodRequest, methodSignature, resourceReceiver } from './plan-request';
import { jsDoc } from './print-doc';
import { printType, type PrintContext } from './print-type';
import type { CommonView, ExampleImportsView, FuncView, FunctionExampleView } from './views';
import { functionNameOf, type TypeScriptApi } from './target-api';

/** Columns an `@example` line of a function may use: the formatter's width less the ` * ` before it. */
const DOC_EXAMPLE_WIDTH = 110 - 3;

/** The function modules, one at a time as each is planned. */
export function* planFuncs(
  api: TypeScriptApi,
  common: CommonView,
  importExt: string,
  examples: Examples,
): Generator<PlannedFile> {
  const planner = funcsPlanner(api, common, importExt, examples);
  for (const resource of resourcesWithTopLevel(api)) yield* planner(resource);
}

/** The function modules of one resource's methods at a time (plan.ts plans each resource's as a unit). */
export function funcsPlanner(
  api: TypeScriptApi,
  common: CommonView,
  importExt: string,
  examples: Examples,
): (resource: Resource) => Generator<PlannedFile> {
  const schemas = new Map(api.schemas.map((s) => [s.id, s]));
  // Where the resource plan declares each page alias.
  const aliases = pageAliases(api, resourcesWithTopLevel(api));
  const coreClass = `${api.clientName}Core`;
  return function* (resource) {
    for (const method of resource.methods) {
      const module = funcModule(method);
      const imports = new ImportSet(module, importExt);
      const errorType = errorTypeName(method);
      // Names this module declares or imports from the runtime: a schema named like one is imported under another.
      const own = new Set([errorType, 'Result', coreClass, 'APIErrorResponse']);
      const ctx = importingContext(schemas, imports, own);
      const signature = methodSignature(api, method, imports, ctx, {
        aliasModule: (pagination) => aliases.get(pageAliasKey(pagination))?.module,
      });
      const request = methodRequest(api, method, imports, ctx, 'client');
      imports.add('client-core', coreClass, true);
      imports.add('core/base-client', 'BaseClient', true);
      imports.add('core/result', 'toResult', false);
      imports.add('core/result', 'Result', true);
      const errors = errorUnion(method.errors, (type) => printType(type, ctx, null));
      for (const member of errors) imports.add('core/error', member.replace(/<[\s\S]*$/, ''), true);
      const methodPath = `${resourceReceiver(resource)}.${method.name}`;
      const view: FuncView = extend(common, {
        imports: imports.lines(),
        functionName: functionNameOf(method),
        doc: jsDoc(method.docs, [
          `The standalone function of \`${methodPath}\`: it resolves to a \`Result\` instead of throwing, ` +
            `with \`ok: false\` and a \`${errorType}\` when the call fails.`,
          '',
          '@example',
          '```ts',
          funcExample(api, method, examples, DOC_EXAMPLE_WIDTH),
          '```',
        ]),
        coreClass,
        parameters: signature.parameters,
        optionsInParams: signature.optionsInParams,
        valueType: signature.valueType,
        errorType,
        errorDoc: jsDoc({
          summary:
            `What \`${functionNameOf(method)}\` (and \`${methodPath}\`) fails with: each documented error response as ` +
            'the class its status is thrown as, typed by its body; other error responses as their class with an ' +
            'unknown body (`APIErrorResponse` for a status without one); and the errors of a request that got no ' +
            'response.',
        }),
        errors,
        requestFunction: requestFunctionName(method),
        returnType: signature.returnType,
        methodPath,
        request,
      });
      yield { path: `src/${module}.ts`, template: 'src/funcs/function.ts.hbs', view };
    }
  };
}

/** For a resource module whose methods call their function module's request function: imports it, gives its name. */
export function sharedRequest(method: Method, imports: ImportSet): string {
  const name = requestFunctionName(method);
  imports.add(funcModule(method), name, false);
  return name;
}

/**
 * `@throws` lines of a method's docs: one per documented error status, naming the class and body type it is thrown
 * with; then, when the SDK has functions, the union of every error the method fails with and where it is exported.
 */
export function throwsDoc(
  api: TypeScriptApi,
  method: Method,
  funcs: boolean,
  schemas: Map<string, NamedSchema> = schemasById(api),
): string[] {
  const lines: string[] = [];
  for (const e of method.errors) {
    const body = bodyName(e.type, schemas);
    const type = body === null ? e.className : errorMember(e.className, body);
    const status = e.status === 'default' ? 'On an error response' : `On a ${e.status} response`;
    lines.push(`@throws {${type}} ${status} (${e.contentType}); \`error\` is its body.`);
  }
  // Where the method documents errors, its docs name the union of them too (the function module exports it).
  if (funcs && method.errors.length > 0)
    lines.push(
      `@throws {${errorTypeName(method)}} Every error it fails with (exported by \`${api.packageName}/funcs/${functionNameOf(method)}\`).`,
    );
  return lines;
}

/** The API's named schemas by id. Planners that document every method build it once and pass it to throwsDoc. */
function schemasById(api: Api): Map<string, NamedSchema> {
  return new Map(api.schemas.map((s) => [s.id, s]));
}

/**
 * A program calling `method`'s function on a core client and reading its `Result`: the error branch narrows to the
 * first documented error class, when the method has one.
 */
export function funcExample(api: Api, method: Method, examples: Examples, width: number): string {
  const pkg = api.packageName;
  const core = `${api.clientName}Core`;
  const documented = method.errors.find((e) => e.className !== 'APIError');
  // An import too long for the line is broken the way the formatter breaks it.
  const importLine = (name: string, from: string) => {
    const line = `import { ${name} } from '${from}';`;
    return line.length <= width ? line : `import {\n  ${name},\n} from '${from}';`;
  };
  const lines = [importLine(core, `${pkg}/client-core`)];
  if (documented) lines.push(importLine(documented.className, `${pkg}/core/error`));
  lines.push(importLine(functionNameOf(method), `${pkg}/funcs/${functionNameOf(method)}`), '');
  lines.push(`const core = new ${core}();`);
  lines.push(
    printCall(
      `const res = await ${functionNameOf(method)}`,
      [{ kind: 'code', text: 'core' }, ...examples.callValues(method)],
      ';',
      width,
    ),
  );
  lines.push('if (res.ok) {', '  console.log(res.value);');
  if (documented)
    lines.push(
      `} else if (res.error instanceof ${documented.className}) {`,
      `  console.log(res.error.status, res.error.error); // the documented ${documented.status} body`,
    );
  lines.push('} else {', '  console.log(res.error.message);', '}');
  return lines.join('\n');
}

/** The call of `method`'s standalone function on a core client, and the documented error a program narrows to. */
export function functionExample(
  resource: Resource,
  method: Method,
  examples: Examples,
  width: number,
): Omit<FunctionExampleView, keyof ExampleImportsView> {
  const documented = method.errors.find((e) => e.className !== 'APIError');
  const args = [{ kind: 'code' as const, text: 'core' }, ...examples.callValues(method)];
  return {
    methodPath: `${resourceReceiver(resource)}.${method.name}`,
    functionName: functionNameOf(method),
    errorType: errorTypeName(method),
    call: printCallBetween('const res = await ', functionNameOf(method), args, ';', width),
    paginated: method.pagination !== null,
    stream: method.pagination === null && method.response.kind === 'sse',
    documented: documented ? { className: documented.className, status: documented.status } : null,
  };
}

/** The method the README shows a standalone function on: one with a documented error if there is one, else the first. */
export function readmeFunctionMethod(api: Api): { r: Resource; m: Method } | null {
  const methods = resourcesWithTopLevel(api).flatMap((r) => r.methods.map((m) => ({ r, m })));
  return (
    methods.find(
      ({ m }) => !m.pagination && m.errors.some((e) => e.className !== 'APIError' && e.type.kind === 'ref'),
    ) ??
    methods[0] ??
    null
  );
}

/** `src/funcs/<functionName>` (src-relative, no extension). */
export function funcModule(method: Method): string {
  return `funcs/${functionNameOf(method)}`;
}

/** "ServersReleasesGetError". */
export function errorTypeName(method: Method): string {
  return `${functionNameOf(method).charAt(0).toUpperCase()}${functionNameOf(method).slice(1)}Error`;
}

/** "serversReleasesGetRequest". */
export function requestFunctionName(method: Method): string {
  return `${functionNameOf(method)}Request`;
}

/** `NotFoundError<RegistryError>`; a status without a class of its own (`4XX`, `default`) is an `APIError<…>`. */
function errorMember(className: string, body: string): string {
  return className === 'APIError' ? `APIError<number, Headers, ${body}>` : `${className}<${body}>`;
}

/**
 * The error union's members: the documented ones, each status class the method does not document (its body
 * unknown), any other status (`APIErrorResponse`), and the no-response errors. Only classes whose status the
 * method documents carry a body type, and no member is a base class of another (a range or `default` is an
 * `APIErrorResponse<Body>`, the `APIError` class's shape): so `instanceof NotFoundError` narrows to exactly the
 * documented `NotFoundError<RegistryError>`.
 */
export function errorUnion(errors: ErrorResponse[], print: (type: TypeRef) => string): string[] {
  const documented = errors.map((e) =>
    e.className === 'APIError' ? `APIErrorResponse<${print(e.type)}>` : `${e.className}<${print(e.type)}>`,
  );
  const undocumented = STATUS_ERROR_CLASSES.filter((c) => !errors.some((e) => e.className === c));
  // (Only the documented members can repeat: each has a body type, `<…>`, which the others have not.)
  return [...new Set(documented), ...undocumented, 'APIErrorResponse', ...NO_RESPONSE_ERROR_CLASSES];
}

/** A body type for a doc line: its schema's name, or its type when short and on one line; null otherwise. */
function bodyName(type: TypeRef, schemas: Map<string, NamedSchema>): string | null {
  const names: PrintContext = {
    ref: (id) => schemas.get(id)?.name ?? 'unknown',
    uploadable: () => 'Uploadable',
  };
  const text = printType(type, names, null).replace(/\s*\n\s*/g, ' ');
  return text.length <= 60 ? text : null;
}

/**
 * A print context that imports each named type into `imports`, under another local name when `own` has it or it is a
 * global the module's code names (a Stainless model `Promise`: `Promise_`, beside `Promise<Result<…>>`).
 */
export function importingContext(
  schemas: Map<string, NamedSchema>,
  imports: ImportSet,
  own: ReadonlySet<string>,
): PrintContext {
  return {
    ref: (id) => {
      const schema = schemas.get(id);
      if (!schema) throw new Error(`generator bug: unknown schema ${id}`);
      let local = schema.name;
      while (own.has(local) || QUALIFIED_GLOBALS.has(local)) local = `${local}_`;
      imports.add(schema.module, schema.name, true, local);
      return local;
    },
    uploadable: () => {
      imports.add('core/uploads', 'Uploadable', true);
      return 'Uploadable';
    },
  };
}
