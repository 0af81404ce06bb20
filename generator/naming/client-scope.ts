/**
 * The names the modules that bind the client's class (or a name made from it) refer to besides the client's and the
 * API's own, per target: imports, the language's builtins and globals, and what the templates define at a module's
 * top level. A client named like one of them would be imported over it (`from typing import Mapping` in `_client.py`
 * beside `class Mapping`), so clientClassName (rules.ts) picks another name. Capitalized names only: a client's name
 * is PascalCase. test/unit/client-name-scope.test.ts reads these names from the templates and from generated packages
 * and fails when one is missing here.
 */

/** `_client.py`, `__init__.py`, `_exceptions.py`, the page classes' users and the package's tests. */
export const PYTHON_CLIENT_SCOPE: ReadonlySet<string> = new Set([
  // the language's
  'None',
  'True',
  'False',
  'Exception',
  'AttributeError',
  'RuntimeError',
  'TypeError',
  'ValueError',
  // typing, typing_extensions, httpx, pytest
  'Any',
  'AsyncIterator',
  'Awaitable',
  'Dict',
  'Generic',
  'Iterator',
  'List',
  'Literal',
  'Mapping',
  'Optional',
  'Self',
  'Type',
  'TypeVar',
  'Union',
  'FixtureRequest',
  // the runtime's
  'APIConnectionError',
  'APIError',
  'APIResponse',
  'APIResponseValidationError',
  'APIStatusError',
  'APITimeoutError',
  'AsyncAPIClient',
  'AsyncAPIResource',
  'AsyncAPIResponse',
  'AsyncBinaryAPIResponse',
  'AsyncPaginator',
  'AsyncStream',
  'AuthCredentials',
  'AuthenticationError',
  'BadRequestError',
  'BaseAsyncPage',
  'BaseModel',
  'BasePage',
  'BaseSyncPage',
  'BinaryAPIResponse',
  'Body',
  'ConflictError',
  'DefaultAioHttpClient',
  'DefaultAsyncHttpxClient',
  'DefaultHttpxClient',
  'FinalRequestOptions',
  'Headers',
  'InternalServerError',
  'NoneType',
  'NotFoundError',
  'NotGiven',
  'Omit',
  'PermissionDeniedError',
  'ProxiesTypes',
  'Query',
  'Querystring',
  'RateLimitError',
  'RequestOptions',
  'SSEDecoder',
  'SchemeOption',
  'ServerSentEvent',
  'Stream',
  'SyncAPIClient',
  'SyncAPIResource',
  'Timeout',
  'Transport',
  'UnprocessableEntityError',
  // what the package's tests define
  'AsyncCursorPage',
  'EVENTS',
  'Item',
  'LocalServer',
  'MULTIPART',
  'NotOurs',
  'PageInfo',
  'Reply',
  'SyncCursorPage',
  'TEXT',
  'Thing',
]);

/** `client.ts`, `client-core.ts`, `index.ts`, the runtime's modules that name the client, and the package's tests. */
export const TYPESCRIPT_CLIENT_SCOPE: ReadonlySet<string> = new Set([
  // the language's and the platform's globals
  'Array',
  'Boolean',
  'Date',
  'Error',
  'Infinity',
  'JSON',
  'Map',
  'Math',
  'Object',
  'Promise',
  'Reflect',
  'Set',
  'String',
  'Symbol',
  'TypeError',
  'AbortController',
  'Blob',
  'Buffer',
  'File',
  'FormData',
  'Headers',
  'Request',
  'RequestInit',
  'Response',
  'TextEncoder',
  'URL',
  'URLSearchParams',
  // TypeScript's utility types
  'InstanceType',
  'Iterable',
  'Omit',
  'Parameters',
  'Partial',
  'ReadonlyArray',
  'Record',
  'ReturnType',
  // the runtime's, and what the templates define and import
  'API',
  'APIConnectionError',
  'APIConnectionTimeoutError',
  'APIError',
  'APIErrorResponse',
  'APIPromise',
  'APIResource',
  'APIUserAbortError',
  'AccessTokenCall',
  'AtPath',
  'AuthHeaders',
  'AuthenticationError',
  'Authorization',
  'BadRequestError',
  'BaseClient',
  'BaseClientOptions',
  'Both',
  'ClientOptions',
  'ConflictError',
  'Environment',
  'ErrorClass',
  'Errors',
  'FinalRequestOptions',
  'InternalServerError',
  'Mounted',
  'NextURLPage',
  'NotFoundError',
  'PagePromise',
  'PermissionDeniedError',
  'RateLimitError',
  'RequestOptions',
  'Resource',
  'ResourceClass',
  'Resources',
  'ResourcesOf',
  'Result',
  'SDKError',
  'ServerSentEvent',
  'Stream',
  'UnprocessableEntityError',
  'Uploadable',
  'VERSION',
  'ValidationError',
  'ValidationIssue',
  'Webhook',
]);

/** The names the Python package makes from its client's (`Acme` → `AsyncAcme`, `AcmeWithRawResponse`, `SyncAcmePage`…). */
export function pythonClientNames(client: string): string[] {
  const classes = [client, `Async${client}`];
  return [
    ...classes.flatMap((c) => [c, `${c}WithRawResponse`, `${c}WithStreamedResponse`]),
    `${client}Error`,
    `Sync${client}Page`,
    `Async${client}Page`,
  ];
}

/**
 * The names the TypeScript package makes from its client's (`AcmeCore`, `AcmeError`, `AcmePage`…). (`BaseAcme`, the
 * core's other name, is bound only by modules that do not import the runtime's `Base…` names.)
 */
export function typescriptClientNames(client: string): string[] {
  return [client, `${client}Core`, `${client}Error`, `Partial${client}`, `${client}Page`, `${client}PageResponse`];
}

/** Whether a client named `client` would make, in either target, a name its modules already refer to. */
export function clientNameCollides(client: string): boolean {
  return (
    pythonClientNames(client).some((name) => PYTHON_CLIENT_SCOPE.has(name)) ||
    typescriptClientNames(client).some((name) => TYPESCRIPT_CLIENT_SCOPE.has(name))
  );
}
