/**
 * Words that cannot be used as identifiers in the emitted code, and names the emitted code itself uses.
 */

/** ECMAScript reserved words and strict-mode restrictions: never a bare identifier. */
export const RESERVED_WORDS = new Set([
  'break',
  'case',
  'catch',
  'class',
  'const',
  'continue',
  'debugger',
  'default',
  'delete',
  'do',
  'else',
  'enum',
  'export',
  'extends',
  'false',
  'finally',
  'for',
  'function',
  'if',
  'import',
  'in',
  'instanceof',
  'new',
  'null',
  'return',
  'super',
  'switch',
  'this',
  'throw',
  'true',
  'try',
  'typeof',
  'var',
  'void',
  'while',
  'with',
  'yield',
  'let',
  'static',
  'implements',
  'interface',
  'package',
  'private',
  'protected',
  'public',
  'await',
  'arguments',
  'eval',
  'undefined',
  'NaN',
  'Infinity',
]);

/** Type names TypeScript reserves (cannot name an interface or type alias). */
export const RESERVED_TYPE_NAMES = new Set([
  'any',
  'unknown',
  'never',
  'object',
  'string',
  'number',
  'boolean',
  'bigint',
  'symbol',
  'void',
  'null',
  'undefined',
  'type',
  'namespace',
  'module',
  'declare',
  'readonly',
  'keyof',
  'infer',
  'is',
  'asserts',
  'as',
  'from',
  'of',
  'get',
  'set',
  'constructor',
  'require',
  'global',
  'satisfies',
  'accessor',
  'out',
]);

/**
 * Exported names that would shadow what the generated code uses (globals and runtime exports).
 * A schema with such a name is qualified with the client name ("Response" → "SmitheryResponse").
 */
export const TAKEN_TYPE_NAMES = new Set([
  // globals that generated types and signatures refer to
  'Array',
  'Record',
  'Partial',
  'Omit',
  'Response',
  'Promise',
  'Error',
  'Object',
  'String',
  'Number',
  'Boolean',
  'Symbol',
  'Function',
  'BigInt',
  // what the generated modules import or export besides the API's types
  'Uploadable',
  'APIPromise',
  'PagePromise',
  'RequestOptions',
  'APIResource',
  'Stream',
  'ServerSentEvent',
  'ClientOptions',
  'BaseClient',
  'BaseClientOptions',
  'APIError',
  'AbstractPage',
  'Errors',
  'toFile',
  'toFormData',
  'path',
  'readEnv',
]);

/**
 * Of those, the globals generated code only ever uses as values (`Object.freeze`), never as types: an interface or
 * type alias of that name shadows nothing it needs. A Stainless SDK declares a model `Object` as it is.
 */
/**
 * Of those, the globals generated code names as types, or may (`Array<…>`, `Record<…>`, `Partial<…>`, `Omit<…>` in an
 * `extends`, a binary method's `Response`, a standalone function's `Promise<…>`, `Error`): with a Stainless config a
 * model may take their names, as Stainless's do (openai-node's `Response`), and a module declaring one prints the
 * global as `globalThis.X` (print-type.ts, globalType); one importing it imports it under an alias (`Promise_`).
 */
export const QUALIFIED_GLOBALS: ReadonlySet<string> = new Set([
  'Array',
  'Record',
  'Partial',
  'Omit',
  'Response',
  'Promise',
  'Error',
]);

export const VALUE_ONLY_GLOBALS = new Set(['Object', 'String', 'Number', 'Boolean', 'Symbol', 'Function', 'BigInt']);

/**
 * The BaseClient's own members and options (the undocumented-request methods `get`/`post`… and private fields
 * included): a credential option cannot take these names.
 */
export const BASE_CLIENT_MEMBERS = new Set([
  'authHeaders',
  'authQuery',
  'baseURL',
  'buildURL',
  'clientConfig',
  'constructor',
  'log',
  'logLevel',
  'logger',
  'makeRequest',
  'maxRetries',
  'options',
  'request',
  'requestPage',
  'getAPIList',
  'requestAPIList',
  'timeout',
  'waitToRetry',
  'withOptions',
  'fetch',
  'fetchOptions',
  'defaultHeaders',
  'defaultQuery',
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'customHeaders',
  'userAgent',
  'stringifyQuery',
  'prepareOptions',
  'prepareRequest',
  'defaultIdempotencyKey',
  'shouldRetry',
  'makeStatusError',
]);

/**
 * The names a client's token option takes where the spec's security schemes name it (with a config's credentials,
 * the config names them). The parts of Basic credentials are `username` and `password` either way.
 */
export const CREDENTIAL_NAMES: ReadonlySet<string> = new Set(['apiKey', 'bearerToken', 'accessToken']);

/**
 * Members of the generated client (BaseClient's and the auth options): a top-level resource cannot use them as
 * its property name (`client.options` would clash).
 */
export const CLIENT_MEMBERS = new Set([
  ...BASE_CLIENT_MEMBERS,
  ...CREDENTIAL_NAMES,
  'username',
  'password',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__proto__',
]);

/** Keys every object inherits: a params key named like one would read the inherited member when omitted. */
export const OBJECT_PROTOTYPE_KEYS = new Set([
  'constructor',
  'toString',
  'toLocaleString',
  'valueOf',
  'hasOwnProperty',
  'isPrototypeOf',
  'propertyIsEnumerable',
  '__proto__',
  '__defineGetter__',
  '__defineSetter__',
  '__lookupGetter__',
  '__lookupSetter__',
]);

/** Method names that would break a resource class (inherited members or runtime fields). */
export const TAKEN_METHOD_NAMES = new Set([
  'constructor',
  '_client',
  'prototype',
  '__proto__',
  'toString',
  'valueOf',
  'hasOwnProperty',
]);

const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** A plain identifier usable as a property name without quotes. */
export function isIdentifierName(name: string): boolean {
  return IDENTIFIER.test(name);
}

/** A plain identifier usable as a variable name (not a reserved word). */
export function isSafeIdentifier(name: string): boolean {
  return IDENTIFIER.test(name) && !RESERVED_WORDS.has(name) && !RESERVED_TYPE_NAMES.has(name);
}

/** The classes the runtime throws error responses as, by status (core/error.ts.hbs `APIError.generate`). */
export const STATUS_ERROR_CLASSES = [
  'BadRequestError',
  'AuthenticationError',
  'PermissionDeniedError',
  'NotFoundError',
  'ConflictError',
  'UnprocessableEntityError',
  'RateLimitError',
  'InternalServerError',
];

/** What a call that got no response fails with. */
export const NO_RESPONSE_ERROR_CLASSES = ['APIConnectionError', 'APIConnectionTimeoutError', 'APIUserAbortError'];

/** The error classes every SDK's runtime exports (core/error.ts.hbs), beside `<Client>Error`. */
export const RUNTIME_ERROR_CLASSES = ['APIError', ...STATUS_ERROR_CLASSES, ...NO_RESPONSE_ERROR_CLASSES];
