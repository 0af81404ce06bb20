/**
 * The package's `__init__.py`, its `_version.py` and the `resources` packages' `__init__.py`, in Ruff's layout.
 */
import { STATUS_ERROR_CLASSES } from '../../naming/reserved';
import { pythonFormsOfEra, type StainlessPythonForms } from '../../stainless/python-era';
import type { PyPackage, PyResource } from './types/model';
import { pyString } from './docs/print-doc';
import { isortSections, type ImportStatement } from './py-isort';
import { RuffLayoutTracker, type PrintedModule } from './py-layout';
import { wrapperKinds } from './resources/methodless';
import { moduleClientInitBlock } from './module-client';

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

/** The errors as `__all__` lists them: the base, then each class after the one it derives from. */
const ERRORS_BY_HIERARCHY = [
  'APIError',
  'APIStatusError',
  'APITimeoutError',
  'APIConnectionError',
  'APIResponseValidationError',
  ...STATUS_ERROR_CLASSES,
];

/**
 * The error a package of webhook unwraps exports beside the others, as Stainless's do from their first unwrap on
 * (dodopayments' "added unwrap functions for webhooks" of 2025-10-25, imagekit's of 2025-12-12): the runtime declares
 * it in every package, the package names it only then.
 */
const WEBHOOK_ERROR = 'APIWebhookValidationError';

export function unwrapsWebhooks(resources: PyResource[]): boolean {
  return resources.some((r) => r.ir.webhookUnwraps.length > 0 || unwrapsWebhooks(r.subresources));
}

/** `names` with the webhook error after `after` (its place in Stainless's lists), when the package unwraps webhooks. */
function withWebhookError(pkg: PyPackage, names: string[], after: string): string[] {
  if (!unwrapsWebhooks(pkg.resources)) return names;
  const at = names.indexOf(after);
  return [...names.slice(0, at + 1), WEBHOOK_ERROR, ...names.slice(at + 1)];
}

/**
 * The package's `__init__.py`, in the forms of `forms`'s era (the newest by default); with `moduleClient`, closed by
 * the module-level client's block (module-client.ts).
 */
export function printInit(
  pkg: PyPackage,
  forms: StainlessPythonForms = pythonFormsOfEra(null),
  moduleClient = false,
): PrintedModule {
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
    ...(forms.omitSentinels ? ['not_given'] : []),
    ...(forms.omitPublic ? ['Omit'] : []),
    ...(forms.omitSentinels ? ['omit'] : []),
    errorBaseName(pkg),
    ...withWebhookError(pkg, ERRORS_BY_HIERARCHY, 'APIResponseValidationError'),
    'Timeout',
    'RequestOptions',
    'Client',
    'AsyncClient',
    'Stream',
    'AsyncStream',
    client,
    pkg.asyncClientName,
    ...(pkg.environments.length ? ['ENVIRONMENTS'] : []),
    'file_from_path',
    'BaseModel',
    'DEFAULT_TIMEOUT',
    'DEFAULT_MAX_RETRIES',
    'DEFAULT_CONNECTION_LIMITS',
    'DefaultHttpxClient',
    'DefaultAsyncHttpxClient',
    ...(forms.aiohttp ? ['DefaultAioHttpClient'] : []),
  ];
  const layout = new RuffLayoutTracker();
  // Each name once: a client named `Client` is the runtime's alias too. (`_client` re-exports `Transport` and
  // `RequestOptions`: the package takes them from there, as Stainless's does.)
  const fromClient = [
    ...new Set([
      'Client',
      'Stream',
      'Timeout',
      'Transport',
      'AsyncClient',
      'AsyncStream',
      'RequestOptions',
      client,
      pkg.asyncClientName,
    ]),
    ...(pkg.environments.length ? ['ENVIRONMENTS'] : []),
  ];
  const imports: Array<[string, string[]]> = [
    ['.', ['types']],
    [
      '._types',
      [
        'NOT_GIVEN',
        ...(forms.omitPublic ? ['Omit'] : []),
        'NoneType',
        'NotGiven',
        'Transport',
        'ProxiesTypes',
        ...(forms.omitSentinels ? ['omit', 'not_given'] : []),
      ],
    ],
    ['._utils', ['file_from_path']],
    ['._client', fromClient],
    ['._models', ['BaseModel']],
    ['._version', ['__title__', '__version__']],
    ['._response', ['APIResponse as APIResponse', 'AsyncAPIResponse as AsyncAPIResponse']],
    ['._constants', ['DEFAULT_TIMEOUT', 'DEFAULT_MAX_RETRIES', 'DEFAULT_CONNECTION_LIMITS']],
    ['._exceptions', [...withWebhookError(pkg, ERRORS, 'UnprocessableEntityError'), errorBaseName(pkg)]],
    [
      '._base_client',
      ['DefaultHttpxClient', ...(forms.aiohttp ? ['DefaultAioHttpClient'] : []), 'DefaultAsyncHttpxClient'],
    ],
    ['._utils._logs', ['setup_logging as _setup_logging']],
  ];
  // The module client's attributes are annotated with `X | None`, evaluated at import on Python 3.9 without this.
  const futureImport = moduleClient ? ['from __future__ import annotations', ''] : [];
  // (Ruff lays out the module client's block: its lines are not tracked.)
  const moduleClientBlock = moduleClient
    ? layout.take(null, moduleClientInitBlock(pkg, forms.directResourceImports).join('\n')).split('\n')
    : [];
  return layout.module(
    [
      ...futureImport,
      ...(forms.directResourceImports ? ['import typing as _t', ''] : []),
      // In the order Ruff's isort gives them (py-isort.ts).
      ...isortSections(
        imports.map(([module, names]) => ({ module, names })),
        '',
      ).flatMap((group) => group.map((statement) => layout.fromImport('', statement.module, statement.names))),
      '',
      layout.allList(names),
      '',
      // `resources` is imported when first used: importing the package loads no resource module.
      ...(forms.directResourceImports
        ? ['if not _t.TYPE_CHECKING:', '    from ._utils._resources_proxy import resources as resources', '']
        : []),
      // `<PREFIX>_LOG=debug|info` turns the library's logging on (the README's Logging section; the runtime's
      // `_utils/_logs.py` names the variable: emit.ts).
      '_setup_logging()',
      '',
      "# What the package exports says it is the package's own (`acme.NotFoundError`, not",
      '# `acme._exceptions.NotFoundError`), in reprs and tracebacks.',
      '__locals = locals()',
      'for __name in __all__:',
      '    if not __name.startswith("__"):',
      '        try:',
      // (A long package name makes a line Ruff splits: the module then goes through Ruff.)
      ...layout.fitting([`            __locals[__name].__module__ = ${pyString(pkg.importName)}`]),
      '        except (TypeError, AttributeError):',
      '            # (A builtin, or an instance whose class takes no new attribute.)',
      '            pass',
      '',
      ...(moduleClient ? ['', ...moduleClientBlock] : []),
    ].join('\n'),
  );
}

export function printResourcesInit(
  resources: PyResource[],
  pkgModule: string,
  forms: StainlessPythonForms = pythonFormsOfEra(null),
): PrintedModule {
  const layout = new RuffLayoutTracker();
  const statements: ImportStatement[] = [];
  const names: string[] = [];
  for (const resource of resources) {
    const relative = resource.module.slice(pkgModule.length + 1).split('/')[0];
    // Stainless's order: each class beside its async twin; `__all__` re-exports them, so no `X as X`.
    // (A resource of webhook unwraps alone has no wrapper classes, nor one of an era before them.)
    const suffixes = ['', ...wrapperKinds(resource, forms)];
    const all = suffixes.flatMap((suffix) => [`${resource.className}${suffix}`, `${resource.asyncClassName}${suffix}`]);
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
