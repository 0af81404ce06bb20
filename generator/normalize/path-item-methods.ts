/**
 * The operations of one Path Item, by HTTP method: its fixed fields (`get` … `patch`, and `query`, OpenAPI 3.2's
 * field for the QUERY method, read in any version since specs written before 3.2 carry it too), then 3.2's
 * `additionalOperations`, a map of any other method name to its operation (`COPY`, `LINK`), each lowercased.
 * What no client can send is said in a warning and left out, never dropped silently.
 */
import type { Diagnostics } from '../diagnostics';
import { pointerJoin } from '../diagnostics';
import { isHttpToken } from './http-token';

/** The methods of a Path Item's fixed fields that the SDKs send, in the order their operations are read. */
export type FixedHttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'query';

/**
 * An operation's HTTP method, lowercased: a fixed field's, or a method `additionalOperations` names (`copy`). Sent
 * in capitals: fetch and httpx send any method that is an HTTP token.
 */
export type HttpMethod = FixedHttpMethod | (string & {});

export const HTTP_METHODS: FixedHttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'query'];

/** Every fixed field of a Path Item naming a method (`trace` too: an operationId there is still an operationId). */
const FIXED_FIELDS: ReadonlySet<string> = new Set([...HTTP_METHODS, 'trace']);

/** Methods fetch refuses to send (the Fetch standard's forbidden methods), so no generated client can. */
const FORBIDDEN = new Set(['connect', 'trace', 'track']);

export interface PathItemOperation {
  http: HttpMethod;
  /** The operation object as written. */
  raw: Record<string, unknown>;
  /** Its pointer: `<item>/get`, `<item>/additionalOperations/COPY`. */
  pointer: string;
}

/**
 * The operations of `item` (at `pointer` in `file`, the path `route`). With `diags`, what is left out warns: a TRACE
 * operation, an `additionalOperations` key that is no method name, repeats a fixed field's method (3.2: it "MUST NOT"),
 * or is a method fetch refuses. Without, they are left out quietly (a second reading of the same items).
 */
export function pathItemOperations(
  item: Record<string, unknown>,
  pointer: string,
  file: string,
  route: string,
  diags: Diagnostics | null,
): PathItemOperation[] {
  const found: PathItemOperation[] = [];
  const isOperation = (value: unknown): value is Record<string, unknown> =>
    value !== null && typeof value === 'object' && !Array.isArray(value);
  if (isOperation(item.trace)) {
    // Neither target's client sends TRACE (browsers' fetch refuses it): said, never silently left out.
    diags?.warn(
      'trace-operation-skipped',
      file,
      pointerJoin(pointer, 'trace'),
      `TRACE ${route} is left out of the SDK: the generated clients send no TRACE requests`,
    );
  }
  for (const http of HTTP_METHODS) {
    const raw = item[http];
    if (isOperation(raw)) found.push({ http, raw, pointer: pointerJoin(pointer, http) });
  }
  const more = item.additionalOperations;
  if (!isOperation(more)) return found;
  for (const [name, raw] of Object.entries(more)) {
    if (!isOperation(raw)) continue;
    const at = pointerJoin(pointer, 'additionalOperations', name);
    const http = name.toLowerCase();
    const reason = !isHttpToken(name)
      ? 'is no HTTP method name (RFC 9110: a token)'
      : FIXED_FIELDS.has(http)
        ? `has a field of its own on the path item (\`${http}\`), which OpenAPI 3.2 says additionalOperations must not repeat`
        : FORBIDDEN.has(http)
          ? 'is a method fetch refuses to send'
          : null;
    if (reason === null) {
      found.push({ http, raw, pointer: at });
      continue;
    }
    diags?.warn(
      'additional-operation-skipped',
      file,
      at,
      `${name} ${route} is left out of the SDK: ${JSON.stringify(name)} ${reason}`,
      FIXED_FIELDS.has(http) ? `move it to the path item's \`${http}\` field` : null,
    );
  }
  return found;
}
