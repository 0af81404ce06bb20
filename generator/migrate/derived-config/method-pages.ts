/**
 * The page class each method of a Stainless SDK pages by, read from its code (`this._client.getAPIList('/containers',
 * CursorPage<ContainerListResponse>, { query, ...options })`), for the config's `paginated`. api.md writes a paged
 * method's return as an alias (`ContainerListResponsesPage`), and Stainless names every alias `…Page` whatever class
 * it stands for, so the alias's name alone reads as the scheme `page` (openai-node's: `Page`, a `fake_page`, where
 * the SDK pages by `CursorPage`); the migrated SDK then typed the method's alias one way and built the other.
 *
 * Read by input.ts's `derivedConfigInput` (`pageClasses`) and config.ts's `deriveStainlessConfig` (`paginated`).
 * sdkgen names a page alias after its class (`BatchesCursorPage`) unless the SDK's era is qualified `+page-suffix`
 * (stainless/page-alias-names.ts, read from the resource modules): openai-node's Stainless named every alias `…Page`
 * (`BatchesPage = CursorPage<Batch>`), and the owners' code names those.
 */
import { parseApiMd } from '../../diff/api-md';
import { escapeRegExp } from '../../escape-regexp';

/**
 * The code of class method `name` in `source`: from its first line to the next member (a line indented two spaces
 * that does not continue it) or the end of the class.
 */
function memberCode(source: string, name: string): string | null {
  const own = new RegExp(`^  (?:async )?${escapeRegExp(name)}[(<]`, 'm');
  const start = own.exec(source);
  if (!start) return null;
  const lines = source.slice(start.index).split('\n');
  const end = lines.findIndex((line, i) => i > 0 && /^( {2}[^\s)}]|\S)/.test(line) && !own.test(line));
  return (end < 0 ? lines : lines.slice(0, end)).join('\n');
}

/** The first argument of `getAPIList(`: a string, a template literal (`path\`…\``) or a name. */
const LIST_CALL = /\bgetAPIList\(\s*(?:[\w$]*`[^`]*`|'[^'\n]*'|"[^"\n]*"|[\w$.]+)\s*,\s*(?:[\w$]+\.)?([\w$]+)\s*([<,])/;

/**
 * The class a method's code pages by: the class of its `getAPIList` call, or, where that names a class of the module
 * (`FileObjectsPage`, older SDKs' `export class FileObjectsPage extends CursorPage<FileObject> {}`), the class it
 * extends. Null where the method does not call `getAPIList`.
 */
export function pageClassInCode(code: string, module: string): string | null {
  const call = LIST_CALL.exec(code);
  if (call === null) return null;
  if (call[2] === '<') return call[1];
  const extended = new RegExp(`^export class ${escapeRegExp(call[1])}\\s+extends\\s+([\\w$]+)<`, 'm').exec(module);
  return extended?.[1] ?? call[1];
}

/**
 * Each api.md method's page class as its module's code calls it, by the method's chain (`client.containers.list`);
 * `null` for a method whose code was read and calls no `getAPIList` (Stainless's SDK does not page it). A method
 * whose code is not found is not in the map.
 */
export function methodPageClasses(apiMd: string, text: (path: string) => string | null): Map<string, string | null> {
  const found = new Map<string, string | null>();
  for (const method of parseApiMd(apiMd, text).methods) {
    const module = text(method.module?.replace(/^\.\//, '') ?? '');
    const code = module === null ? null : memberCode(module, method.chain.split('.').pop()!);
    if (code !== null && module !== null) found.set(method.chain, pageClassInCode(code, module));
  }
  return found;
}

/** The page class `chain`'s code pages by, where it is one of the schemes' classes; else null. */
export function methodPageClass(
  chain: string,
  schemes: ReadonlyArray<{ className: string }>,
  pageClasses: ReadonlyMap<string, string | null> | undefined,
): string | null {
  const named = pageClasses?.get(chain);
  return typeof named === 'string' && schemes.some((s) => s.className === named) ? named : null;
}

/**
 * Whether the config says `paginated: false` for a method Stainless's SDK does not page (`unpaged`: its code calls no
 * `getAPIList`, or its api.md return is no page) that a scheme asking nothing of the request would page all the same:
 * a `fake_page` (openai-node's `Page`: `data` and `object`) fits every response with its fields, as
 * `conversations.items.create`'s `ConversationItemList` and `embeddings.create`'s response. Where the method's
 * response is a schema whose properties are known (`response`), only one holding the scheme's fields is said so; a
 * response of unknown shape is (saying it of one the scheme would not page changes nothing).
 */
export function unpagedThoughFitting(
  unpaged: boolean,
  schemes: ReadonlyArray<{ request: object; response: object }>,
  response: readonly string[] | null,
  arrayBody: boolean | null = null,
): boolean {
  if (!unpaged) return false;
  return schemes.some(
    (s) =>
      Object.keys(s.request).length === 0 &&
      // (A scheme whose items are the body itself, `is_top_level_array`, fits an array body, or one of unknown shape;
      // an object, an empty body or none it does not.)
      (itemsAreBody(s.response)
        ? arrayBody !== false
        : response === null || Object.keys(s.response).every((f) => response.includes(f))),
  );
}

/**
 * Whether the body `endpoint` responds with is a JSON array: true where the spec says so (`responseArrays`), false
 * where its shape is otherwise known (an object, no body, a method returning nothing), null where it is unknown.
 */
export function responseIsArray(
  endpoint: string,
  spec: (NonNullable<Parameters<typeof responseProperties>[1]> & { responseArrays?: ReadonlySet<string> }) | null,
  returns?: string,
): boolean | null {
  if (spec?.responseArrays?.has(endpoint)) return true;
  return responseProperties(endpoint, spec, returns) === null ? null : false;
}

function itemsAreBody(response: object): boolean {
  return Object.values(response).some((field) => {
    const property = (field as Record<string, unknown> | null)?.['x-stainless-pagination-property'];
    return (property as { is_top_level_array?: unknown } | undefined)?.is_top_level_array === true;
  });
}

/**
 * The properties of the body `endpoint` responds with, where they are known: the spec's (`responseMembers`: a
 * `components/responses` or inline object's too), else those of the component schema it names or the method's return
 * type names; none where the method returns nothing. Null where the shape is unknown.
 */
export function responseProperties(
  endpoint: string,
  spec: {
    responseSchemas?: ReadonlyMap<string, string>;
    responseMembers?: ReadonlyMap<string, readonly string[]>;
    schemas?: ReadonlyArray<{ key: string; name?: string; shape: { kind: string; members: string[] } | null }>;
  } | null,
  returns?: string,
): readonly string[] | null {
  const returned = returns?.trim() ?? '';
  // A method that returns nothing (`None`, `void`) has no body for a scheme to read: it fits none.
  if (/^(None|void|Promise<void>)$/.test(returned)) return [];
  const members = spec?.responseMembers?.get(endpoint);
  if (members !== undefined) return members;
  const key = spec?.responseSchemas?.get(endpoint);
  // Else the schema the method's own return type names (api.md's `FileCreateResponse`), where one is so named.
  const schema =
    (key === undefined ? undefined : spec?.schemas?.find((s) => s.key === key)) ??
    (/^\w+$/.test(returned) ? spec?.schemas?.find((s) => (s.name ?? s.key) === returned) : undefined);
  const shape = schema?.shape ?? null;
  return shape?.kind === 'object' ? shape.members : null;
}
