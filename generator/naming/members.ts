/**
 * How resources and methods are named when no sample, hint or config names them: the rules the resource tree
 * (ir/resource-tree.ts) applies to paths, verbs and operationIds. Pure functions.
 *
 * | thing                     | rule                                                      | example                            |
 * |---------------------------|-----------------------------------------------------------|------------------------------------|
 * | resource                  | camelCase(path segment), no leading punctuation/extension | /config.json → config              |
 * | method (CRUD)             | verb × collection or item                                 | GET /pets → list, GET /pets/{id} → retrieve |
 * | method (action on item)   | the summary's verb for a POST on an item                  | "Subscribe to trigger" → subscribe |
 * | method (collision)        | operationId minus the resource's nouns                    | listPetsByOwner on pets → listByOwner |
 * | any member                | an identifier we do not use ourselves, ≤ 100 bytes        | 123 → _123 … `call`                |
 */
import { boundedName, camelCase, singularize, words } from './case';
import { isIdentifierName, TAKEN_METHOD_NAMES } from './reserved';

export type PathShape = 'collection' | 'item';

/** The method an HTTP verb names on a collection and on an item. */
export const DEFAULT_VERBS: Record<string, Record<PathShape, string>> = {
  get: { collection: 'list', item: 'retrieve' },
  post: { collection: 'create', item: 'create' },
  put: { collection: 'update', item: 'update' },
  patch: { collection: 'update', item: 'update' },
  delete: { collection: 'delete', item: 'delete' },
  head: { collection: 'head', item: 'head' },
  options: { collection: 'options', item: 'options' },
};

/**
 * Longest resource or method name, in UTF-8 bytes. A resource name is also a folder and file name: kebab-case at
 * most doubles it, and `.test.ts` is added, which stays under the usual 255-byte limit of a file name.
 */
export const MAX_MEMBER_LENGTH = 100;

/** Class members may be reserved words (`client.x.delete()`), but must be identifiers we do not use ourselves. */
export function isMemberName(name: string): boolean {
  return isIdentifierName(name) && !TAKEN_METHOD_NAMES.has(name);
}

export function safeMember(name: string): string {
  const camel = camelCase(name) || 'call';
  return isMemberName(camel) ? camel : `${camel}_`;
}

/** A 5,000-character path segment must not become a 5,000-character file name. */
export function boundedMember(name: string): string {
  return boundedName(name, MAX_MEMBER_LENGTH);
}

/** A path segment as a name: leading punctuation and a format extension (`config.json` → config) are no part of it. */
export function segmentName(text: string): string {
  let name = segmentNames.get(text);
  if (name === undefined) {
    name = camelCase(text.replace(/^[.~_$-]+/, '').replace(/\.(json|xml|ya?ml|csv|txt)$/i, ''));
    if (segmentNames.size >= SEGMENT_NAMES_MAX) segmentNames.clear();
    segmentNames.set(text, name);
  }
  return name;
}

/**
 * segmentName's answers: the paths of a large spec repeat the same few hundred segments thousands of times. Bounded,
 * for a process that generates again and again (`--watch`).
 */
const segmentNames = new Map<string, string>();
const SEGMENT_NAMES_MAX = 100_000;

const SUMMARY_VERB =
  /^(subscribe|unsubscribe|call|invoke|run|execute|start|stop|cancel|resume|pause|archive|restore|publish|unpublish|approve|reject|send|sync|verify|validate|search|upload|download|import|export|trigger|refresh|test|enable|disable|activate|deactivate|lock|unlock|retry|close|open|merge|clone|copy|move|revoke|rotate|reset|confirm|complete|submit)\b/i;

/** The verb a summary starts with, when it is one that names an action ("Subscribe to trigger" → subscribe). */
export function summaryVerb(summary: string | null): string | null {
  if (!summary) return null;
  const match = SUMMARY_VERB.exec(summary.trim());
  return match ? match[1].toLowerCase() : null;
}

/** operationId minus the resource nouns, camelCase: "listPetsByOwner" on pets → "listByOwner". */
export function operationIdMethod(operationId: string, resourcePath: string[]): string | null {
  const nouns = new Set(
    resourcePath.flatMap((r) => words(r).map((w) => w.toLowerCase())).flatMap((w) => [w, singularize(w)]),
  );
  const kept = words(operationId).filter((w) => !nouns.has(w.toLowerCase()));
  const name = camelCase((kept.length > 0 ? kept : words(operationId)).join(' '));
  return name && isMemberName(name) ? boundedMember(name) : name ? boundedMember(`${name}_`) : null;
}
