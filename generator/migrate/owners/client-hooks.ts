/**
 * Stainless's client authenticates, serialises queries, prepares each request and decides retries and errors
 * through protected methods that sdkgen's BaseClient has too, with the same names and arguments (HOOKS: the
 * BaseClient of an SDK made from a Stainless config, as a migrated one always is, renders them all). Where the
 * owners changed what one of Stainless's does, it is theirs: its body in their client.ts differs from the base's
 * (or that of a method of their client it calls, such as `authHeaders`' `bearerAuth`), or it calls a Stainless
 * module they edited (knock-node re-exported its own query serialiser from `src/internal/utils/query.ts`, which
 * Stainless's `stringifyQuery` calls). Such a method is carried, as their client.ts has it, into sdkgen's client
 * class of the same name as an override, with the methods it calls and the imports its body uses; the modules
 * those name stay (plan.ts keeps Stainless's modules the owners' code imports).
 */
import { importTarget, resolvedPath } from '../repository/imports';
import type { RepoFile } from '../repository/checkout-files';
import { escapeRegExp } from '../../escape-regexp';
import { asRetryDelayOverride, RETRY_DELAY_METHOD, RETRY_REQUEST_METHOD } from './retry-request';
import { carriedConstructor, coreSettingsDone, credentialChecks } from './client-constructor';
import { coreFields, withCredentialChecks } from './credential-check';
import { addedOptionLines, withOptionLines, withStainlessOptions } from './client-options';
import { carriedFields, classFields, type CarriedField } from './client-fields';
import { carriedMakeRequest, MAKE_REQUEST_IMPORTS } from './request-pipeline';
import { identifiers } from './code-identifiers';
import { carriedParse, parseModules, type CarriedParse } from './response-parse';
import { importStatements, importsFor, lastImportLine, type ImportStatement } from './module-imports';
import { bodyOpen, classNameOf, clientClass, methodOf, type Method } from './client-class';
import { editTouches, namesUsed } from './edited-declarations';

// (Where the owners' modules beside this one have imported it from.)
export { identifiers };

/** sdkgen's module of the client class. */
export const CLIENT_MODULE = 'src/client.ts';

/** Where Stainless's client class is: `src/client.ts`, or `src/index.ts` in its SDKs of before 2025. */
const STAINLESS_CLIENT_MODULES = ['src/client.ts', 'src/index.ts'];

/** The methods of Stainless's client that sdkgen's BaseClient has, with the same arguments. */
const HOOKS = [
  'authHeaders',
  'defaultQuery',
  'stringifyQuery',
  'prepareOptions',
  'prepareRequest',
  'validateHeaders',
  'shouldRetry',
  'makeStatusError',
  'defaultIdempotencyKey',
  'calculateDefaultRetryTimeoutMillis',
  // Overridden, they make each call's headers, build and send each attempt, as in Stainless's client.
  'buildHeaders',
  'buildRequest',
  'fetchWithTimeout',
  // Overridden, it sees each verb's (and so each resource method's) call first: its method, path and options.
  'methodRequest',
];

/** The other methods of sdkgen's BaseClient that Stainless's client has too: a hook calling one calls sdkgen's. */
const BASE_METHODS = [
  'withOptions',
  'buildURL',
  'buildBody',
  'makeRequest',
  'request',
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'getAPIList',
  'requestAPIList',
];

export interface CarriedHooks {
  /** The client class they go into (Stainless's, and sdkgen's of the same name). */
  className: string;
  /** Each method's name, and its text as an override (its doc comment included). */
  methods: Array<{ name: string; text: string }>;
  /** The import statements the methods' bodies need, as sdkgen's client.ts will carry them. */
  imports: string[];
  /** The names those statements import from a module the owners edited: theirs, never sdkgen's namesake. */
  ownersBindings?: string[];
  /** The constants of the owners' module the methods read, which they added (put before the class). */
  declarations?: string[];
  /** The lines the owners added to Stainless's `ClientOptions` (client-options.ts), carried into client.ts. */
  optionLines?: string[];
  /** The fields the owners added to the class or declared otherwise (client-fields.ts), put first in the class. */
  fields?: CarriedField[];
  /**
   * sdkgen's client-core.ts with their missing-credential checks and the fields its core class declares
   * (credential-check.ts), and what of theirs it carries; undefined: none.
   */
  core?: { text: string; names: string[] };
  /** The owners' statements of Stainless's constructor sdkgen's core class does (coreSettingsDone). */
  doneInCore?: string[];
  /** The owners' client.ts with the carried methods as Stainless wrote them: what is left to re-apply. */
  editedRest: string;
  /** Their lines around Stainless's JSON parse (response-parse.ts): the module, and what is left of it to re-apply. */
  parse?: Pick<CarriedParse, 'module' | 'editedRest'>;
}

/** Whether the constructor's body is only the call `super(options)` with its own parameter. */
function onlySuper(constructor: string): boolean {
  return /^\s*constructor\s*\(\s*options\s*:[^)]*\)\s*\{\s*super\(\s*options\s*\);\s*\}\s*$/.test(constructor);
}

/** The client methods of Stainless's the owners made theirs, from the module its client class is in; null: none. */
export function ownersClientHooks(
  base: { texts: ReadonlyMap<string, string> } | null,
  files: ReadonlyMap<string, RepoFile>,
  editedByOwners: (file: RepoFile) => boolean,
  core: string | null = null,
): (CarriedHooks & { module: string }) | null {
  for (const module of STAINLESS_CLIENT_MODULES) {
    const pristine = base?.texts.get(module);
    const current = files.get(module)?.text;
    if (pristine === undefined || current == null) continue;
    const hooks = carriedHooks(pristine, current, files, editedByOwners, core, base?.texts);
    const parse = base === null ? null : ownersParse(base.texts, files);
    const className = clientClass(current);
    if (parse === null || className === null) {
      if (hooks !== null) return { ...hooks, module };
      continue;
    }
    // Their lines around Stainless's JSON parse, as an override of sdkgen's `parseJSON` in the client class.
    const carried = hooks ?? { className, methods: [], imports: [], editedRest: current };
    return {
      ...carried,
      methods: [...carried.methods, { name: 'parseJSON', text: parse.method }],
      imports: [...carried.imports, ...parse.imports],
      parse: { module: parse.module, editedRest: parse.editedRest },
      module,
    };
  }
  return null;
}

/** The owners' lines around the JSON parse of Stainless's `defaultParseResponse`, carried (response-parse.ts). */
function ownersParse(texts: ReadonlyMap<string, string>, files: ReadonlyMap<string, RepoFile>): CarriedParse | null {
  for (const module of parseModules(texts)) {
    const current = files.get(module)?.text;
    const parse = current == null ? null : carriedParse(module, texts.get(module)!, current, CLIENT_MODULE);
    if (parse !== null) return parse;
  }
  return null;
}

/**
 * The hook methods the owners made theirs, or null when there are none (or Stainless's client class is not found
 * in both texts). `edited(file)` tells whether the owners edited one of Stainless's files.
 */
export function carriedHooks(
  base: string,
  current: string,
  files: ReadonlyMap<string, RepoFile>,
  edited: (file: RepoFile) => boolean,
  core: string | null = null,
  baseTexts?: ReadonlyMap<string, string>,
): CarriedHooks | null {
  const className = clientClass(base);
  if (className === null || clientClass(current) !== className) return null;
  const imports = importStatements(current);
  const baseImports = importStatements(base);
  // A module they edited; given a method's `body`, only where the edit reaches what it uses (edited-declarations.ts).
  const editedModule = (local: string, statements: ImportStatement[], body?: string) => {
    const statement = statements.find((s) => s.bindings.has(local));
    const target = statement && importTarget('src/client.ts', statement.specifier, null);
    const path = target ? resolvedPath(target, files) : null;
    const file = path === null ? undefined : files.get(path);
    if (file === undefined || !edited(file)) return false;
    const before = path === null ? undefined : baseTexts?.get(path);
    if (body === undefined || before === undefined || file.text == null) return true;
    return editTouches(before, file.text, namesUsed(body, local, statement!.bindings.get(local)!.imported));
  };
  const methods: CarriedHooks['methods'] = [];
  const used = new Set<string>();
  let editedRest = current;
  const carried = new Set<string>();
  for (const { name, theirs, stainless, written } of hookMethods(base, current, className)) {
    // With the methods of their class it calls that sdkgen's has not (Stainless's `authHeaders` calls one per
    // security scheme, `bearerAuth(opts)`…): an edit to one of those is an edit to the hook.
    const group = [{ name, theirs, stainless }, ...helpersOf(theirs, current, base, className, carried)];
    const changed = group.some((m) => m.stainless === null || normal(m.theirs.text) !== normal(m.stainless.text));
    const callsEdited = group.some(
      (m) =>
        m.stainless !== null &&
        identifiers(m.stainless.body).some((id) => editedModule(id, baseImports, m.stainless!.body)),
    );
    if (!changed && !callsEdited) continue;
    for (const m of group) {
      carried.add(m.name);
      const names = identifiers(withoutOwnName(m.theirs.text, m.name)).filter((id) =>
        imports.some((s) => s.bindings.has(id)),
      );
      for (const id of names) used.add(id);
      methods.push({ name: m.name, text: asOverride(m.theirs.text) });
      // A function, so that `$` in the code is not read as a replacement pattern. A method of theirs alone goes
      // with the blank line after it. (A hook sdkgen names otherwise is replaced as the client.ts has it.)
      const own = m === group[0] ? written : undefined;
      const theirsText = own?.theirs ?? m.theirs.text;
      const stainlessText = own?.stainless ?? m.stainless?.text;
      editedRest = stainlessText
        ? editedRest.replace(theirsText, () => stainlessText)
        : editedRest.replace(new RegExp(`${escapeRegExp(theirsText)}\\n(\\s*\\n)?`), '');
    }
  }
  // The fields they added or declared otherwise; Stainless's declarations stay in what is left to re-apply.
  let fields = carriedFields(base, current, className);
  for (const field of fields)
    editedRest =
      field.stainless === null
        ? editedRest.replace(`${field.theirs}\n`, '')
        : editedRest.replace(field.theirs, () => field.stainless!);
  // The owners' edits to Stainless's constructor, as a constructor of sdkgen's client class (client-constructor.ts).
  const [theirConstructor, stainlessConstructor] = [current, base].map((text) =>
    methodOf(text, className, 'constructor'),
  );
  // The statements they added to Stainless's `makeRequest`, in an override of sdkgen's (request-pipeline.ts).
  const [theirRequest, stainlessRequest] = [current, base].map((text) => methodOf(text, className, 'makeRequest'));
  const makeRequest =
    theirRequest &&
    stainlessRequest &&
    normal(theirRequest.text) !== normal(stainlessRequest.text) &&
    carriedMakeRequest(stainlessRequest.text, theirRequest.text);
  if (makeRequest) {
    // (Its signature's types are sdkgen's, imported as MAKE_REQUEST_IMPORTS, not those of the owners' imports.)
    const signature = identifiers(MAKE_REQUEST_IMPORTS.join('\n'));
    for (const id of identifiers(makeRequest))
      if (!signature.includes(id) && imports.some((s) => s.bindings.has(id))) used.add(id);
    methods.push({ name: 'makeRequest', text: makeRequest });
    editedRest = editedRest.replace(theirRequest.text, () => stainlessRequest.text);
  }
  // Their missing-credential checks go into sdkgen's core class, with their fields of those credentials
  // (credential-check.ts).
  const checked =
    theirConstructor && stainlessConstructor && credentialChecks(stainlessConstructor.text, theirConstructor.text);
  const checks = checked ? checked.checks : [];
  const toCore = coreFields(
    core,
    fields.filter((field) => checks.some((check) => check.option === field.name)),
  );
  const coreText =
    core !== null && (checks.length > 0 || toCore.length > 0)
      ? withCredentialChecks(core, checks, {
          imports: importsFor(imports, new Set(checks.flatMap((check) => identifiers(check.theirs)))),
          fields: toCore,
          parameters: checked ? checked.parameters : [],
          rest: checked ? checked.rest : undefined,
        })
      : null;
  if (coreText !== null) fields = fields.filter((field) => !toCore.includes(field));
  const ownBaseURL = fields.some((field) => field.name === 'baseURL');
  const constructor =
    theirConstructor &&
    stainlessConstructor &&
    carriedConstructor(
      stainlessConstructor.text,
      theirConstructor.text,
      'ClientOptions',
      ownBaseURL,
      coreText !== null && checks.length > 0,
      core,
    );
  const doneInCore: string[] = [];
  if (constructor) {
    for (const id of identifiers(constructor)) if (imports.some((s) => s.bindings.has(id))) used.add(id);
    // (One only calling `super(options)`, every edit of theirs done by sdkgen's core class, is no override to write.)
    if (!onlySuper(constructor)) methods.push({ name: 'constructor', text: constructor });
    editedRest = editedRest.replace(theirConstructor.text, () => stainlessConstructor.text);
    doneInCore.push(...coreSettingsDone(stainlessConstructor.text, theirConstructor.text, core));
  }
  const optionLines = addedOptionLines(base, current) ?? undefined;
  if (optionLines) editedRest = withStainlessOptions(editedRest, base);
  const coreCarried =
    coreText === null
      ? undefined
      : { text: coreText, names: [...checks.map((check) => `${check.option} check`), ...toCore.map((f) => f.name)] };
  if (methods.length === 0 && !optionLines && fields.length === 0 && !coreCarried && doneInCore.length === 0)
    return null;
  // The module's constants the carried methods read that the owners added (`retryAfterLimitMs`) go with them.
  const constants = addedConstants(current, base).filter(({ name }) =>
    methods.some((m) => identifiers(m.text).includes(name)),
  );
  for (const constant of constants)
    editedRest = editedRest.replace(new RegExp(`${escapeRegExp(constant.text)}\\n(\\s*\\n)?`), '');
  const declarations = constants.map((constant) => constant.text);
  for (const field of fields)
    for (const id of identifiers(field.text)) if (imports.some((s) => s.bindings.has(id))) used.add(id);
  // An import statement the owners added or changed is carried whole: their edit of it, re-applied too, is then a
  // repeat word for word (which goes), not a second binding of the name.
  const ownImport = (statement: ImportStatement) =>
    !baseImports.some((b) => normal(b.text ?? '') === normal(statement.text ?? ''));
  const carriedImports = [
    ...imports.flatMap((s) =>
      ownImport(s) && [...s.bindings.keys()].some((name) => used.has(name)) ? [s.text!] : importsFor([s], used),
    ),
    ...(makeRequest ? MAKE_REQUEST_IMPORTS : []),
  ];
  return {
    className,
    methods,
    imports: carriedImports,
    ownersBindings: [...used].filter((local) => editedModule(local, imports)),
    declarations,
    optionLines,
    fields,
    editedRest,
    ...(coreCarried ? { core: coreCarried } : {}),
    ...(doneInCore.length > 0 ? { doneInCore } : {}),
  };
}

/**
 * The top-level `const`s of `current` that `base` does not declare, each with the `//` comment lines right above it,
 * to its line that ends with `;`.
 */
function addedConstants(current: string, base: string): Array<{ name: string; text: string }> {
  const lines = current.split('\n');
  const declared = (text: string, name: string) => new RegExp(`^(?:export\\s+)?const\\s+${name}\\b`, 'm').test(text);
  return lines.flatMap((line, at) => {
    const name = /^(?:export\s+)?const\s+([A-Za-z_$][\w$]*)\s*[:=]/.exec(line)?.[1];
    if (name === undefined || declared(base, name)) return [];
    const end = lines.findIndex((l, i) => i >= at && /;\s*$/.test(l));
    if (end < 0) return [];
    let start = at;
    while (start > 0 && /^\/\//.test(lines[start - 1])) start--;
    return [{ name, text: lines.slice(start, end + 1).join('\n') }];
  });
}

/**
 * Each hook method of `className` in both texts: those of HOOKS by name, and Stainless's `retryRequest` as sdkgen's
 * `retryDelayMillis` where it has Stainless's shape in both (retry-request.ts), with the texts the client.ts has
 * (`written`).
 */
function hookMethods(
  base: string,
  current: string,
  className: string,
): Array<{ name: string; theirs: Method; stainless: Method; written?: { theirs: string; stainless: string } }> {
  type Hook = { name: string; theirs: Method; stainless: Method; written?: { theirs: string; stainless: string } };
  const found = HOOKS.flatMap((name): Hook[] => {
    const theirs = methodOf(current, className, name);
    const stainless = methodOf(base, className, name);
    return theirs === null || stainless === null ? [] : [{ name, theirs, stainless }];
  });
  const theirs = methodOf(current, className, RETRY_REQUEST_METHOD);
  const stainless = methodOf(base, className, RETRY_REQUEST_METHOD);
  const theirsOverride = theirs && asRetryDelayOverride(theirs.text);
  const stainlessOverride = stainless && asRetryDelayOverride(stainless.text);
  if (theirsOverride && stainlessOverride)
    found.push({
      name: RETRY_DELAY_METHOD,
      theirs: { text: theirsOverride, body: bodyOf(theirsOverride) },
      stainless: { text: stainlessOverride, body: bodyOf(stainlessOverride) },
      written: { theirs: theirs.text, stainless: stainless.text },
    });
  return found;
}

/** A method's body, from the `{` that opens it. */
function bodyOf(text: string): string {
  const at = text.split('\n').findIndex((line) => !/^\s*(?:\/\*\*|\*)/.test(line));
  const declaration = text.split('\n').slice(at).join('\n');
  return declaration.slice(bodyOpen(declaration));
}

/**
 * The methods of `className` that `method` calls as `this.name(…)`, and those they call, that are neither hooks nor
 * already carried: each as the owners have it and as Stainless wrote it (null: theirs alone).
 */
function helpersOf(
  method: Method,
  current: string,
  base: string,
  className: string,
  carried: ReadonlySet<string>,
): Array<{ name: string; theirs: Method; stainless: Method | null }> {
  const found: Array<{ name: string; theirs: Method; stainless: Method | null }> = [];
  const seen = new Set<string>(carried);
  const queue = [method];
  while (queue.length > 0) {
    for (const [, name] of queue.pop()!.body.matchAll(/\bthis\.([A-Za-z_$][\w$]*)\s*\(/g)) {
      if (seen.has(name) || HOOKS.includes(name) || BASE_METHODS.includes(name)) continue;
      seen.add(name);
      const theirs = methodOf(current, className, name);
      if (theirs === null) continue;
      found.push({ name, theirs, stainless: methodOf(base, className, name) });
      queue.push(theirs);
    }
  }
  return found;
}

/**
 * sdkgen's client.ts with the carried methods at the end of the class of their client's name, and the imports it
 * lacks after its own (one it has already, `* as Errors` from `./core/error`, is not repeated); null when that class
 * is not there, or an import would take a name the module binds to something else.
 */
export function withHooks(target: string, hooks: CarriedHooks): string | null {
  if (hooks.optionLines) {
    const withOptions = withOptionLines(target, hooks.optionLines);
    return withOptions === null ? null : withHooks(withOptions, { ...hooks, optionLines: undefined });
  }
  const lines = target.split('\n');
  const start = lines.findIndex((line) => classNameOf(line) === hooks.className);
  const close = lines.findIndex((line, i) => i > start && /^}\s*$/.test(line));
  if (start < 0 || close < 0) return null;
  const module = (specifier: string) => specifier.replace(/\.js$/, '');
  const bound = new Map(
    importStatements(target).flatMap((s) =>
      [...s.bindings].map(([local, b]) => [local, `${b.imported} ${module(s.specifier)}`]),
    ),
  );
  const imports: string[] = [];
  for (const statement of hooks.imports) {
    const parsed = importStatements(statement);
    // A name sdkgen's module binds already: from the same module, or a named one of the same name from the module
    // of sdkgen's runtime that declares it (Stainless's `./internal/request-options` `RequestOptions`, which sdkgen's
    // re-exports from `./core/base-client`); not one from a module the owners edited, whose version is theirs.
    const same = (local: string, imported: string, specifier: string) =>
      bound.get(local) === `${imported} ${module(specifier)}` ||
      (!['*', 'default'].includes(imported) &&
        !hooks.ownersBindings?.includes(local) &&
        bound.get(local)?.split(' ')[0] === imported);
    const bindings = parsed.flatMap((s) =>
      [...s.bindings].map(([local, b]) => ({ local, same: same(local, b.imported, s.specifier) })),
    );
    if (bindings.some((b) => bound.has(b.local) && !b.same)) return null;
    const left = new Set(bindings.filter((b) => !b.same).map((b) => b.local));
    if (left.size === bindings.length) imports.push(statement);
    else imports.push(...importsFor(parsed, left));
  }
  // A carried method takes the place of the class's own of that name: sdkgen's constructor (which only hands the
  // options to its core class), or a method of sdkgen's core class (hooks-home.ts: its own `authHeaders`).
  const replacing = hooks.methods.find((m) => methodOf(target, hooks.className, m.name) !== null);
  const own = replacing && methodOf(target, hooks.className, replacing.name);
  if (own)
    return withHooks(
      target.replace(own.text, () => replacing!.text),
      {
        ...hooks,
        methods: hooks.methods.filter((m) => m !== replacing),
      },
    );
  const methods = hooks.methods.flatMap((m) => ['', ...m.text.split('\n')]);
  // Before the class's doc comment, if it has one.
  let above = start;
  if (/\*\/\s*$/.test(lines[start - 1] ?? '')) {
    above = start - 1;
    while (above > 0 && !/^\s*\/\*\*/.test(lines[above])) above--;
  }
  const declarations = (hooks.declarations ?? []).flatMap((text) => [...text.split('\n'), '']);
  // The owners' fields first in the class, as Stainless's client declared its members; one sdkgen's class declares
  // too (a resource member the base named otherwise) takes the place of sdkgen's line: declared twice, TS2300.
  const declared = classFields(target, hooks.className);
  const fields: string[] = [];
  for (const field of hooks.fields ?? []) {
    const line = declared.get(field.name);
    const at = line === undefined ? -1 : lines.indexOf(line, start + 1);
    if (at < 0 || at > close) fields.push(field.text);
    else lines[at] = field.text;
  }
  const body = [
    ...lines.slice(0, above),
    ...declarations,
    ...lines.slice(above, start + 1),
    ...(fields.length > 0 ? [...fields, ''] : []),
    ...lines.slice(start + 1, close),
    ...methods,
    ...lines.slice(close),
  ];
  const lastImport = lastImportLine(body);
  return [...body.slice(0, lastImport + 1), ...imports, ...body.slice(lastImport + 1)].join('\n');
}

/**
 * The method as an override of sdkgen's BaseClient: `override` after its modifier, and Stainless's private
 * `_options` read as sdkgen's `options` (the options the client was made with, in both).
 */
function asOverride(text: string): string {
  return (
    text
      .split('\n')
      .map((line) =>
        new RegExp(`^\\s+(?:(?:protected|public|private|async)\\s+)*(?:${HOOKS.join('|')})\\s*[(<]`).test(line) &&
        !/\boverride\b/.test(line)
          ? line.replace(
              /^(\s+)((?:protected|public|private)\s+)?/,
              // Stainless's `private shouldRetry` is protected in sdkgen's BaseClient, as the others are.
              (_m, indent: string, access = '') => `${indent}${access === 'private ' ? 'protected ' : access}override `,
            )
          : line,
      )
      .join('\n')
      .replace(/\bthis\._options\b/g, 'this.options')
      // Stainless's client kept its `fetchOptions` option as a member; sdkgen's reads it from the options.
      .replace(/\bthis\.fetchOptions\b/g, 'this.options.fetchOptions')
  );
}

/** A method's text without its own name where it is declared (a module may import a function of that name). */
function withoutOwnName(text: string, name: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(new RegExp(`\\b${name}(?=\\s*[(<])`), '');
}

function normal(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join('\n');
}
