/**
 * Emit plan of the README of an SDK made from a Stainless config (README.stainless.md.hbs): Stainless's sections, at
 * Stainless's levels and in its order, with its programs made from the config's `readme.example_requests`. Owners
 * of a Stainless repository edit that README (a section under `## Advanced Usage`, their own intro); when the
 * repository moves to sdkgen, their edits land on the same headings and lines. The programs are laid out here as
 * Stainless lays them out (`<!-- prettier-ignore -->` keeps the formatter off them).
 */
import { libraryName } from '../readme-names';
import type { Api, Method, NamedSchema, Resource, TypeRef } from '../../ir/types';
import { flatText, printCall, type ExampleValue } from './example-value';
import type { Examples } from './examples';
import { markdownSafe, quoteString } from './print-doc';
import type { AuthOptionView, StainlessReadmeView } from './views';
import type { TypeScriptApi } from './target-api';

/** A method a README program calls, with the values the config gives it. */
export interface StainlessExample {
  r: Resource;
  m: Method;
  given?: Record<string, unknown>;
}

export interface StainlessReadmeInputs {
  api: TypeScriptApi;
  examples: Examples;
  schemas: ReadonlyMap<string, NamedSchema>;
  /** Every resource, nested ones after their parent. */
  resources: Resource[];
  authOptions: AuthOptionView[];
  /** The config's `headline` request (else its `default`, else the planner's pick). */
  headline: StainlessExample | undefined;
  /** The config's `default` request (else the headline): errors, retries, timeouts and raw responses show it. */
  basic: StainlessExample | undefined;
  /** A paginated method (the config's `pagination` request, else the first). */
  paginated: StainlessExample | undefined;
  /** What Stainless calls a method's result in its programs (`user`, `response`). */
  variableOf: (m: Method) => string;
  /** A resource's namespace name (`Auth`), as api.md titles it. */
  namespaceOf: (r: Resource) => string;
  /** Whether the SDK has `<package>/tree-shakable` (`Base…` resource classes). */
  treeShaking: boolean;
}

/** Columns Stainless's README programs are laid out in. */
const WIDTH = 80;
/** Columns a call with `.catch(…)`, `.asResponse()` or `.withResponse()` after it takes before it is broken. */
const CHAIN_WIDTH = 110;

/** The README's view for an SDK made from a Stainless config. */
export function stainlessReadmeView(inputs: StainlessReadmeInputs): StainlessReadmeView {
  const { api } = inputs;
  const name = libraryName(api.clientName);
  const clientArgs = [...stainlessClientArgs(inputs.authOptions), ...environmentArg(api.environments)];
  const call = (found: StainlessExample) => callParts(inputs, found);
  const basic = inputs.basic && call(inputs.basic);
  const headline = inputs.headline && call(inputs.headline);
  return {
    // Stainless's `node` target titled its README after Node, its `typescript` target after TypeScript.
    title: markdownSafe(
      api.readmeTitle ?? `${name} ${api.stainlessLayout === 'node' ? 'Node' : 'TypeScript'} API Library`,
    ),
    name: markdownSafe(name),
    docsLink: api.docsUrl ? docsLinkOf(api.docsUrl) : '',
    clientArgs,
    authDefaults: inputs.authOptions.some((o) => o.defaultCode),
    usage: headline ? usageProgram(headline) : '',
    types: inputs.basic ? typesProgram(inputs, inputs.basic) : '',
    errors: basic ? errorsProgram(api.clientName, basic) : '',
    retryCall: basic ? withOptions(basic, 'maxRetries: 5') : 'await client.someMethod({\n  maxRetries: 5,\n});',
    timeoutCall: basic
      ? withOptions(basic, 'timeout: 5 * 1000')
      : 'await client.someMethod({\n  timeout: 5 * 1000,\n});',
    timeoutText: durationText(api.requestDefaults.timeoutMs ?? 60_000),
    maxRetries: String(api.requestDefaults.maxRetries ?? 2),
    retriesTimes: timesText(api.requestDefaults.maxRetries ?? 2),
    retries: (api.requestDefaults.maxRetries ?? 2) > 0,
    ...(inputs.paginated && { pagination: paginationPrograms(inputs, inputs.paginated) }),
    rawResponse: basic ? rawResponseProgram(basic) : '',
    undocumentedCall: inputs.headline
      ? `client.${inputs.headline.r.path}.${inputs.headline.m.name}`
      : 'client.foo.create',
  };
}

/** `[docs.knock.app](https://docs.knock.app)`: the host as the text; parentheses escaped so none ends the link. */
function docsLinkOf(url: string): string {
  const host = /^[a-z]+:\/\/([^/?#]+)/i.exec(url)?.[1] ?? url;
  return `[${markdownSafe(host)}](${url.replace(/\(/g, '%28').replace(/\)/g, '%29')})`;
}

/** The client's construction options: each credential from its environment variable (the default, noted), else a placeholder. */
function stainlessClientArgs(authOptions: AuthOptionView[]): string[] {
  return authOptions.flatMap((o) =>
    o.envVarName !== ''
      ? [`${o.option}: process.env[${quoteString(o.envVarName)}], // read from this variable when left out`]
      : [`${o.option}: ${quoteString(`My ${capitalizedWords(o.option)}`)},`],
  );
}

/** With several environments, the first program picks the second and names the others and the default. */
function environmentArg(environments: Api['environments']): string[] {
  if (environments.length < 2) return [];
  const [first, chosen] = environments;
  const others = environments.filter((e) => e !== chosen).map((e) => quoteString(e.name));
  // The others are named when there is more than the default among them.
  const or = others.length > 1 ? `or ${others.join(' | ')}; ` : '';
  return [`environment: ${quoteString(chosen!.name)}, // ${or}defaults to ${quoteString(first!.name)}`];
}

/** The arguments broken after the last one's `{` where the line would pass the width: each entry a line. */
function brokenArgs(parts: CallParts, indent: string): string {
  const last = parts.values.at(-1);
  if (last?.kind !== 'object' || last.entries.length === 0) return parts.flatArgs;
  const before = parts.values.slice(0, -1).map(flatText);
  const entries = last.entries.map((e) => `${indent}  ${e.key}: ${flatText(e.value)},`);
  return [...before, `{\n${entries.join('\n')}\n${indent}}`].join(', ');
}

/** `apiKey` → `API Key`, as Stainless's placeholders name an option. */
function capitalizedWords(option: string): string {
  return option
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .split(' ')
    .map((word) => (word.toLowerCase() === 'api' ? 'API' : `${word.charAt(0).toUpperCase()}${word.slice(1)}`))
    .join(' ');
}

interface CallParts {
  /** `client.users` */
  receiver: string;
  /** `get` */
  method: string;
  /** The arguments as values. */
  values: ExampleValue[];
  /** The arguments on one line: `'dnedry'`. */
  flatArgs: string;
  /** The result's variable ("" when the method returns nothing to print). */
  variable: string;
  /** What the program prints of the result: `response.workflow_run_id`, `user`. */
  printed: string;
  /** For a paginated method: the item's variable, its type, the page's items field and what is printed of an item. */
  page: { item: string; type: NamedSchema | undefined; items: string; printed: string } | null;
}

function callParts(inputs: StainlessReadmeInputs, { r, m, given }: StainlessExample): CallParts {
  // Params that can all be left out are, as Stainless's programs leave them (`client.apps.create()`).
  const all = inputs.examples.callValues(m, { given });
  const last = all.at(-1);
  const values = last?.kind === 'object' && last.entries.length === 0 ? all.slice(0, -1) : all;
  const json = m.response.kind === 'json' && !m.pagination;
  const variable = json ? inputs.variableOf(m) : m.pagination ? 'page' : '';
  const field = json && m.response.kind === 'json' ? firstField(inputs, m.response.type) : null;
  return {
    receiver: `client.${r.path}`,
    method: m.name,
    values,
    flatArgs: values.map(flatText).join(', '),
    variable,
    printed: field ? `${variable}.${field}` : variable,
    page: m.pagination ? pageParts(inputs, m) : null,
  };
}

function pageParts(inputs: StainlessReadmeInputs, m: Method): NonNullable<CallParts['page']> {
  const itemType = m.pagination!.item;
  const type = itemType.kind === 'ref' ? inputs.schemas.get(itemType.schemaId) : undefined;
  const typeName = type?.name ?? 'Item';
  const item = `${typeName.charAt(0).toLowerCase()}${typeName.slice(1)}`;
  const scheme = inputs.api.paginationSchemes.find((x) => x.className === m.pagination!.scheme);
  const field = firstField(inputs, itemType);
  return {
    item,
    type,
    items: scheme?.response.items.join('.') || 'data',
    printed: field ? `${item}.${field}` : item,
  };
}

/** The first property of a model that reads as `x.name`, which Stainless's programs print. */
function firstField(inputs: StainlessReadmeInputs, type: TypeRef): string | null {
  if (type.kind !== 'ref') return null;
  const schema = inputs.schemas.get(type.schemaId);
  if (schema?.type.kind !== 'object') return null;
  const first = schema.type.properties[0];
  return first && /^[A-Za-z_$][\w$]*$/.test(first.key) ? first.key : null;
}

/** A call as one statement `lead…tail`, the arguments broken over lines where the statement is too long. */
function statement(parts: CallParts, lead: string, tail: string): string {
  return printCall(`${lead}${parts.receiver}.${parts.method}`, parts.values, tail, WIDTH);
}

function usageProgram(parts: CallParts): string {
  if (!parts.variable) return statement(parts, 'await ', ';');
  if (parts.page) {
    const { item, items, printed } = parts.page;
    return (
      `${statement(parts, 'const page = await ', ';')}\nconst ${item} = page.${items}[0];\n\n` +
      `console.log(${printed});`
    );
  }
  return `${statement(parts, `const ${parts.variable} = await `, ';')}\n\nconsole.log(${parts.printed});`;
}

/** The default request with its params and result typed by their names on the client's namespace. */
function typesProgram(inputs: StainlessReadmeInputs, found: StainlessExample): string {
  const { api } = inputs;
  const { r, m } = found;
  const parts = callParts(inputs, found);
  const qualified = (typeName: string, owner: Resource | undefined) =>
    [api.clientName, ...ancestors(inputs.resources, owner).map(inputs.namespaceOf), typeName].join('.');
  const response =
    // A method that streams by a flag resolves to a union: its result is left to inference.
    m.response.kind === 'json' && m.response.type.kind === 'ref' && !m.pagination && m.streamWhen === null
      ? inputs.schemas.get(m.response.type.schemaId)
      : undefined;
  const responseOwner = response && inputs.resources.find((x) => x.module === response.module);
  let annotation = response ? `: ${qualified(response.name, responseOwner)}` : '';
  let variable = parts.variable || 'response';
  // A page, by its alias where the method's module exports one (Stainless's `const [item]: [Item]` does not compile).
  if (m.pagination) {
    annotation = m.pagination.alias ? `: ${qualified(m.pagination.alias, r)}` : '';
    variable = 'page';
  }
  const last = parts.values.at(-1);
  if (m.params && last?.kind === 'object' && last.entries.length > 0) {
    const params = printCall('', [last], '', WIDTH).slice(1, -1);
    const args = [...parts.values.slice(0, -1).map(flatText), 'params'].join(', ');
    return (
      `const params: ${qualified(m.params.typeName, r)} = ${params};\n` +
      breakAfterEquals(`const ${variable}${annotation} = `, `await ${parts.receiver}.${m.name}(${args});`)
    );
  }
  return statement(parts, `const ${variable}${annotation} = await `, ';');
}

/** `left` and `right` on one line where they fit, else `right` on the next line, indented. */
function breakAfterEquals(left: string, right: string): string {
  return left.length + right.length <= WIDTH ? `${left}${right}` : `${left.trimEnd()}\n  ${right}`;
}

/** The resources above `r`, outermost first, less the top-level one (its types are the client namespace's own). */
function ancestors(resources: Resource[], r: Resource | undefined): Resource[] {
  if (!r) return [];
  const segments = r.path.split('.');
  return segments
    .slice(1)
    .map((_, i) => resources.find((x) => x.path === segments.slice(0, i + 1).join('.')))
    .filter((x): x is Resource => x !== undefined);
}

/** `<call>.<tail>` on one line where it fits, else broken before each `.` of the chain (as the formatter does). */
function chained(parts: CallParts, lead: string, tail: string): { text: string; indent: string } {
  const flat = `${lead}${parts.receiver}.${parts.method}(${parts.flatArgs})${tail}`;
  if (flat.length <= CHAIN_WIDTH) return { text: flat, indent: '' };
  const line = `  .${parts.method}(${parts.flatArgs})`;
  const args = line.length <= WIDTH ? parts.flatArgs : brokenArgs(parts, '  ');
  return { text: `${lead}${parts.receiver}\n  .${parts.method}(${args})\n  ${tail}`, indent: '  ' };
}

function errorsProgram(clientName: string, parts: CallParts): string {
  const lead = parts.variable ? `const ${parts.variable} = await ` : 'await ';
  const { text, indent } = chained(parts, lead, '.catch(async (err) => {');
  const body = [
    `  if (err instanceof ${clientName}.APIError) {`,
    '    console.log(err.status); // 400',
    '    console.log(err.name); // BadRequestError',
    "    console.log(err.headers); // {server: 'nginx', ...}",
    '  } else {',
    '    throw err;',
    '  }',
    '});',
  ];
  return [text, ...body.map((line) => `${indent}${line}`)].join('\n');
}

/** The call with a request option: `await client.users.get('dnedry', {\n  maxRetries: 5,\n});`. */
function withOptions(parts: CallParts, option: string): string {
  const flat = `await ${parts.receiver}.${parts.method}(${parts.flatArgs}, {`;
  const args = !parts.flatArgs ? '' : `${flat.length <= CHAIN_WIDTH ? parts.flatArgs : brokenArgs(parts, '')}, `;
  return `await ${parts.receiver}.${parts.method}(${args}{\n  ${option},\n});`;
}

function rawResponseProgram(parts: CallParts): string {
  const asResponse = chained(parts, 'const response = await ', '.asResponse();').text;
  const data = parts.variable || 'data';
  const withResponse = chained(parts, `const { data: ${data}, response: raw } = await `, '.withResponse();').text;
  return [
    asResponse,
    "console.log(response.headers.get('X-My-Header'));",
    'console.log(response.statusText); // the fetch Response itself',
    '',
    withResponse,
    "console.log(raw.headers.get('X-My-Header'));",
    ...(parts.page
      ? [`for await (const ${parts.page.item} of page) {`, `  console.log(${parts.page.printed});`, '}']
      : [`console.log(${parts.variable ? parts.printed : data});`]),
  ].join('\n');
}

function paginationPrograms(
  inputs: StainlessReadmeInputs,
  found: StainlessExample,
): NonNullable<StainlessReadmeView['pagination']> {
  const parts = callParts(inputs, found);
  const { item, items } = parts.page!;
  const typeName = parts.page!.type?.name ?? 'Item';
  const plural = `${typeName}${/s$/.test(typeName) ? 'es' : 's'}`;
  const iterate = printCall(`${parts.receiver}.${parts.method}`, parts.values, '', WIDTH);
  return {
    all: [
      `async function fetchAll${plural}() {`,
      `  const all${plural} = [];`,
      '  // The loop fetches the next page when it needs one.',
      `  for await (const ${item} of ${iterate}) {`,
      `    all${plural}.push(${item});`,
      '  }',
      `  return all${plural};`,
      '}',
    ].join('\n'),
    pages: [
      statement(parts, 'let page = await ', ';'),
      `for (const ${item} of page.${items}) {`,
      `  console.log(${item});`,
      '}',
      '',
      '// Or step through the pages yourself:',
      'while (page.hasNextPage()) {',
      '  page = await page.getNextPage();',
      '  // work with page here',
      '}',
    ].join('\n'),
  };
}

function durationText(ms: number): string {
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (ms % 60_000 === 0) return unit(ms / 60_000, 'minute');
  if (ms % 1000 === 0) return unit(ms / 1000, 'second');
  return unit(ms, 'millisecond');
}

function timesText(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}
