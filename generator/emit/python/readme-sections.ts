/**
 * Sections and helpers of a Python package's README (plan-readme.ts): the streaming section, and what the pagination
 * and nested-params sections read from the IR.
 */
import type { Api } from '../../ir/types';
import type { PyMethod, PyPackage, PyParam, PyResource } from './model';
import { requiredCall } from './plan-tests';
import { PYTHON_KEYWORDS, pyFieldName } from '../../naming/python';
import { singularize } from '../../naming/case';

/** Every resource of the package, each before its subresources. */
export function allResources(pkg: PyPackage): PyResource[] {
  const out: PyResource[] = [];
  const visit = (r: PyResource): void => {
    out.push(r);
    r.subresources.forEach(visit);
  };
  pkg.resources.forEach(visit);
  return out;
}

/** `text` with every line after the first indented by `indent`. */
function indented(text: string, indent: string): string {
  return text.replace(/\n/g, `\n${indent}`);
}

/** A method that streams server-sent events, called so and its events iterated, with each client; null when none. */
export function streamingSection(pkg: PyPackage, api: Api): string | null {
  const streaming = allResources(pkg)
    .flatMap((resource) => resource.methods.map((method) => ({ resource, method })))
    .find(({ method }) => method.stream !== null);
  if (!streaming) return null;
  const { resource, method } = streaming;
  const streamParam = method.params.find((p) => p.name === method.stream!.param);
  const call = (head: string) =>
    requiredCall(
      pkg,
      api,
      resource,
      method,
      `${head}${['client', ...resource.chain].join('.')}.${method.name}`,
      streamParam ? { given: { [streamParam.wireName]: true } } : {},
    );
  const sync = call('');
  const awaited = call('await ');
  const utils = (e: { utils: string[] }) =>
    e.utils.length > 0 ? `from ${pkg.importName}._utils import ${e.utils.join(', ')}\n` : '';
  const asked = streamParam ? ` with \`${streamParam.name}=True\`` : '';
  return `## Streaming responses

\`${method.name}\`${asked} returns a stream of the server-sent events the API sends, each parsed as it arrives:

\`\`\`python
${utils(sync)}from ${pkg.importName} import ${pkg.clientName}

client = ${pkg.clientName}()

stream = ${sync.text}
for event in stream:
    print(event)
\`\`\`

With the async client the call is awaited and the stream iterated with \`async for\`:

\`\`\`python
import asyncio
${utils(awaited)}from ${pkg.importName} import ${pkg.asyncClientName}

client = ${pkg.asyncClientName}()


async def main() -> None:
    stream = ${indented(awaited.text, '    ')}
    async for event in stream:
        print(event)


asyncio.run(main())
\`\`\``;
}

/** The field of the page's body that holds its items (`data`), for the README. */
export function pageItemsField(api: Api, method: PyMethod): string {
  const scheme = api.paginationSchemes.find((s) => s.className === method.ir.pagination?.scheme);
  const field = scheme?.response.items[scheme.response.items.length - 1];
  return field && /^[A-Za-z_][A-Za-z0-9_]*$/.test(field) ? field : 'data';
}

/** The variable a README program holds a page's item in: the resource's name in the singular (`users` → `user`). */
export function pageItemVariable(resourceAttribute: string): string {
  const singular = singularize(resourceAttribute);
  const name = singular === resourceAttribute || !/^[a-z_]\w*$/.test(singular) ? 'item' : singular;
  return PYTHON_KEYWORDS.has(name) || ['client', 'first_page', 'next_page', 'asyncio'].includes(name)
    ? `${name}_`
    : name;
}

/** The variable a README program holds a parsed raw response in: the resource's name in the singular, not a keyword. */
export function parsedVariable(resourceAttribute: string): string {
  const singular = singularize(resourceAttribute);
  const name = /^[a-z_]\w*$/.test(singular) ? singular : 'result';
  return PYTHON_KEYWORDS.has(name) || ['client', 'asyncio'].includes(name) ? `${name}_` : name;
}

/** The first field of a page's item where it is a model of named fields (`id`), for the README to print; else null. */
export function pageItemField(api: Api, method: PyMethod): string | null {
  const item = method.ir.pagination?.item;
  const schema = item?.kind === 'ref' ? api.schemas.find((s) => s.id === item.schemaId) : undefined;
  const first = schema?.type.kind === 'object' ? schema.type.properties[0] : undefined;
  return first ? pyFieldName(first.key) : null;
}

/** Whether `param` takes an object of named properties (a dict of a `TypedDict`), as a body's nested field does. */
export function isNestedParam(api: Api, param: PyParam): boolean {
  let type = param.type;
  for (let hops = 0; hops < 8; hops++) {
    // (A nullable object is an object or None.)
    const nonNull = type.kind === 'union' ? type.variants.filter((v) => v.kind !== 'null') : [type];
    if (nonNull.length !== 1) return false;
    type = nonNull[0];
    if (type.kind !== 'ref') break;
    const id = type.schemaId;
    const schema = api.schemas.find((s) => s.id === id);
    if (!schema) return false;
    type = schema.type;
  }
  return param.in === 'body' && type.kind === 'object' && type.properties.length > 0;
}

/**
 * `variable.name` where `method`'s result is a model with a field `name` (the nested param's echo); else, with
 * `orFirst`, `variable.<its first field>` where it is a model of named fields; else `variable`.
 */
export function printedField(api: Api, method: PyMethod, variable: string, name: string, orFirst = false): string {
  const type = method.ir.response.kind === 'json' ? method.ir.response.type : null;
  const schema = type?.kind === 'ref' ? api.schemas.find((s) => s.id === type.schemaId) : undefined;
  if (schema?.type.kind !== 'object' || !/^\w+$/.test(method.returns)) return variable;
  const fields = schema.type.properties.map((p) => pyFieldName(p.key));
  if (fields.includes(name)) return `${variable}.${name}`;
  return orFirst && fields.length > 0 ? `${variable}.${fields[0]}` : variable;
}
