/**
 * The package's `__init__.py`, its `_version.py` and the `resources` packages' `__init__.py`, in Ruff's layout.
 */
import type { PyPackage, PyResource } from './model';
import { pyString } from './print-doc';
import { isortSections, type ImportStatement } from './py-isort';
import { RuffLayoutTracker, type PrintedModule } from './py-layout';

export function printVersion(pkg: PyPackage): PrintedModule {
  const layout = new RuffLayoutTracker();
  // The marker is how release-please's config (release-please-config.json's extra-files) finds the version to bump.
  const lines = layout.fitting([
    `__title__ = ${pyString(pkg.importName)}`,
    `__version__ = ${pyString(pkg.version)}  # x-release-please-version`,
  ]);
  return layout.module(`${lines.join('\n')}\n`);
}

const ERRORS = [
  'APIError',
  'ConflictError',
  'NotFoundError',
  'APIStatusError',
  'RateLimitError',
  'APITimeoutError',
  'BadRequestError',
  'APIConnectionError',
  'AuthenticationError',
  'InternalServerError',
  'PermissionDeniedError',
  'UnprocessableEntityError',
  'APIResponseValidationError',
];

/**
 * The name of the base error class, `<Client>Error` as Stainless names it (so tracebacks and `_exceptions` show it);
 * the runtime's own `ClientError` when that name is another error's.
 */
export function errorBaseName(pkg: PyPackage): string {
  const name = `${pkg.clientName}Error`;
  return ERRORS.includes(name) ? 'ClientError' : name;
}

export function printInit(pkg: PyPackage): PrintedModule {
  const client = pkg.clientName;
  const names = [
    'types',
    '__version__',
    '__title__',
    'NoneType',
    'Transport',
    'ProxiesTypes',
    'NotGiven',
    'NOT_GIVEN',
    'not_given',
    'Omit',
    'omit',
    errorBaseName(pkg),
    ...ERRORS,
    'Timeout',
    'RequestOptions',
    'Client',
    'AsyncClient',
    'Stream',
    'AsyncStream',
    client,
    pkg.asyncClientName,
    ...(pkg.environments.length ? ['ENVIRONMENTS'] : []),
    'BaseModel',
    'APIResponse',
    'AsyncAPIResponse',
    'DEFAULT_TIMEOUT',
    'DEFAULT_MAX_RETRIES',
    'DEFAULT_CONNECTION_LIMITS',
    'DefaultHttpxClient',
    'DefaultAsyncHttpxClient',
    'DefaultAioHttpClient',
  ];
  const layout = new RuffLayoutTracker();
  // Each name once: a client named `Client` is the runtime's alias too.
  const fromClient = [
    ...new Set(['Client', 'Stream', 'Timeout', 'AsyncClient', 'AsyncStream', client, pkg.asyncClientName]),
    ...(pkg.environments.length ? ['ENVIRONMENTS'] : []),
  ];
  const imports: Array<[string, string[]]> = [
    ['.', ['types', 'resources as resources']],
    [
      '._types',
      ['NOT_GIVEN', 'Omit', 'NoneType', 'NotGiven', 'Transport', 'ProxiesTypes', 'RequestOptions', 'omit', 'not_given'],
    ],
    ['._client', fromClient],
    ['._models', ['BaseModel']],
    ['._version', ['__title__', '__version__']],
    ['._response', ['APIResponse as APIResponse', 'AsyncAPIResponse as AsyncAPIResponse']],
    ['._constants', ['DEFAULT_TIMEOUT', 'DEFAULT_MAX_RETRIES', 'DEFAULT_CONNECTION_LIMITS']],
    ['._exceptions', [...ERRORS, errorBaseName(pkg)]],
    ['._base_client', ['DefaultHttpxClient', 'DefaultAioHttpClient', 'DefaultAsyncHttpxClient']],
    ['._utils._logs', ['setup_logging as _setup_logging']],
  ];
  return layout.module(
    [
      // In the order Ruff's isort gives them (py-isort.ts).
      ...isortSections(
        imports.map(([module, names]) => ({ module, names })),
        '',
      ).flatMap((group) => group.map((statement) => layout.fromImport('', statement.module, statement.names))),
      '',
      layout.allList(names),
      '',
      // `<PREFIX>_LOG=debug|info` turns the library's logging on (the README's Logging section).
      ...layout.fitting([`_setup_logging(${pyString(`${pkg.envPrefix}_LOG`)})`]),
      '',
    ].join('\n'),
  );
}

export function printResourcesInit(resources: PyResource[], pkgModule: string): PrintedModule {
  const layout = new RuffLayoutTracker();
  const statements: ImportStatement[] = [];
  const names: string[] = [];
  for (const resource of resources) {
    const relative = resource.module.slice(pkgModule.length + 1).split('/')[0];
    // Stainless's order: each class beside its async twin; `__all__` re-exports them, so no `X as X`.
    const all = ['', 'WithRawResponse', 'WithStreamingResponse'].flatMap((suffix) => [
      `${resource.className}${suffix}`,
      `${resource.asyncClassName}${suffix}`,
    ]);
    statements.push({ module: `.${relative}`, names: all });
    names.push(...all);
  }
  const lines = isortSections(statements, '').flatMap((group) => [
    ...group.map((statement) => layout.fromImport('', statement.module, statement.names)),
    '',
  ]);
  lines.push(layout.allList(names), '');
  return layout.module(lines.join('\n'));
}
