/**
 * Operations: the spec's paths × methods, with `$ref`s of path items, parameters and request bodies
 * resolved, path-level parameters merged, skipped operations dropped, and code samples parsed.
 */
import type { Diagnostics } from '../diagnostics';
import { pointerJoin } from '../diagnostics';
import type { LoadedSpec, Location } from '../load/load';
import { followRefs } from '../load/load';
import { readHints, type Hints } from '../normalize/hints';
import type { HttpMethod } from './types';
import { isHttpToken } from './security';
import { parseCodeSamples, type CodeSample } from './code-samples';

export type { CodeSample } from './code-samples';

export const HTTP_METHODS: HttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];

export interface RawParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  /** Raw schema value and where it is. */
  schema: unknown;
  schemaLoc: Location;
  style: string | null;
  explode: boolean | null;
  description: string | null;
  deprecated: boolean;
  example: unknown;
  hints: Hints;
  loc: Location;
}

export interface Operation {
  http: HttpMethod;
  path: string;
  operationId: string | null;
  summary: string | null;
  description: string | null;
  deprecated: boolean | string;
  tags: string[];
  raw: Record<string, unknown>;
  loc: Location;
  parameters: RawParameter[];
  sample: CodeSample | null;
  hints: Hints;
  /** `security: []` on the operation. */
  noAuth: boolean;
}

/** `namedByConfig`: a config names every method (a Stainless config), so a missing operationId needs no warning. */
export function collectOperations(spec: LoadedSpec, diags: Diagnostics, { namedByConfig = false } = {}): Operation[] {
  const doc = spec.root;
  const paths = (doc.root as { paths?: Record<string, unknown> }).paths ?? {};
  const operations: Operation[] = [];
  for (const path of Object.keys(paths)) {
    const { value: item, ...itemLoc } = followRefs(
      spec,
      paths[path],
      { doc, pointer: pointerJoin('#/paths', path) },
      'path item',
    );
    if (!item || typeof item !== 'object') continue;
    const pathItem = item as Record<string, unknown>;
    const shared = readParameters(
      spec,
      pathItem.parameters,
      pointerJoin(itemLoc.pointer, 'parameters'),
      itemLoc,
      diags,
    );
    for (const http of HTTP_METHODS) {
      const raw = pathItem[http];
      if (!raw || typeof raw !== 'object') continue;
      const op = raw as Record<string, unknown>;
      const loc: Location = { doc: itemLoc.doc, pointer: pointerJoin(itemLoc.pointer, http) };
      const hints = readHints(op, loc.doc.file, loc.pointer, diags);
      if (hints.skip) continue;
      const own = readParameters(spec, op.parameters, pointerJoin(loc.pointer, 'parameters'), loc, diags);
      // Operation parameters override path-level ones with the same name and location.
      const merged = [...shared.filter((p) => !own.some((o) => o.name === p.name && o.in === p.in)), ...own].filter(
        (p) => !p.hints.skip,
      );
      if (!namedByConfig && (typeof op.operationId !== 'string' || op.operationId.trim() === '')) {
        diags.warn(
          'missing-operation-id',
          loc.doc.file,
          loc.pointer,
          `${http.toUpperCase()} ${path} has no operationId; its method name is derived from the path`,
          'add an operationId (or x-codeSamples) to pin the name',
        );
      }
      const responses =
        op.responses && typeof op.responses === 'object' ? (op.responses as Record<string, unknown>) : {};
      for (const status of Object.keys(responses)) {
        const response = followRefs(
          spec,
          responses[status],
          { doc: loc.doc, pointer: pointerJoin(loc.pointer, 'responses', status) },
          'response',
        );
        if (response.value && typeof response.value === 'object' && (response.value as { links?: unknown }).links) {
          diags.warn(
            'unsupported-links',
            response.doc.file,
            pointerJoin(response.pointer, 'links'),
            'response links are not part of the SDK and are ignored',
          );
        }
      }
      if (op.callbacks) {
        diags.warn(
          'unsupported-callbacks',
          loc.doc.file,
          pointerJoin(loc.pointer, 'callbacks'),
          'callbacks are not part of the SDK and are ignored',
        );
      }
      operations.push({
        http,
        path,
        operationId: typeof op.operationId === 'string' && op.operationId.trim() !== '' ? op.operationId : null,
        summary: typeof op.summary === 'string' ? op.summary : null,
        description: typeof op.description === 'string' ? op.description : null,
        deprecated: hints.deprecationMessage ?? op.deprecated === true,
        tags: Array.isArray(op.tags) ? op.tags.filter((t): t is string => typeof t === 'string') : [],
        raw: op,
        loc,
        parameters: merged,
        sample: parseCodeSamples(op),
        hints,
        noAuth: Array.isArray(op.security) && op.security.length === 0,
      });
    }
  }
  const webhooks = (doc.root as { webhooks?: Record<string, unknown> }).webhooks;
  if (webhooks && typeof webhooks === 'object' && Object.keys(webhooks).length > 0) {
    diags.warn(
      'unsupported-webhooks',
      doc.file,
      '#/webhooks',
      `${Object.keys(webhooks).length} webhook(s) are not part of the SDK (the API calls you, not the reverse) and are ignored`,
      null,
    );
  }
  if (operations.length === 0) {
    diags.warn(
      'no-operations',
      doc.file,
      '#/paths',
      'the document has no operations: the SDK will have a client but no methods',
      'add paths with operations',
    );
  }
  return operations;
}

function readParameters(
  spec: LoadedSpec,
  value: unknown,
  pointer: string,
  owner: Location,
  diags: Diagnostics,
): RawParameter[] {
  if (!Array.isArray(value)) return [];
  const out: RawParameter[] = [];
  value.forEach((entry, index) => {
    const { value: raw, ...loc } = followRefs(
      spec,
      entry,
      { doc: owner.doc, pointer: pointerJoin(pointer, index) },
      'parameter',
    );
    if (!raw || typeof raw !== 'object') return;
    const p = raw as Record<string, unknown>;
    const name = typeof p.name === 'string' ? p.name : null;
    const where = p.in;
    if (name === null || (where !== 'path' && where !== 'query' && where !== 'header' && where !== 'cookie')) {
      diags.warn(
        'invalid-parameter',
        loc.doc.file,
        loc.pointer,
        'parameter without a valid `name` and `in` is ignored',
        'give the parameter a name and in: path|query|header|cookie',
      );
      return;
    }
    if ((where === 'header' || where === 'cookie') && !isHttpToken(name)) {
      // fetch refuses such a header name, and a CR/LF in it would split headers: a method taking it could never send
      // it. A cookie name is an HTTP token too (RFC 6265 §4.1.1): `;`, `=` or spaces in it would add or split cookies.
      diags.warn(
        `invalid-${where}-name`,
        loc.doc.file,
        pointerJoin(loc.pointer, 'name'),
        `${where} parameter ${JSON.stringify(name)} is not an HTTP token (spaces, separators such as ; = " or control characters) and is ignored`,
        `name the ${where} with letters, digits and ! # $ % & ' * + - . ^ _ \` | ~ only`,
      );
      return;
    }
    let schema: unknown = p.schema;
    let schemaLoc: Location = { doc: loc.doc, pointer: pointerJoin(loc.pointer, 'schema') };
    if (schema === undefined && p.content && typeof p.content === 'object') {
      const [mediaType] = Object.keys(p.content);
      if (mediaType) {
        schema = (p.content as Record<string, { schema?: unknown }>)[mediaType]?.schema;
        schemaLoc = { doc: loc.doc, pointer: pointerJoin(loc.pointer, 'content', mediaType, 'schema') };
      }
    }
    out.push({
      name,
      in: where,
      required: where === 'path' ? true : p.required === true,
      schema,
      schemaLoc,
      style: typeof p.style === 'string' ? p.style : null,
      explode: typeof p.explode === 'boolean' ? p.explode : null,
      description: typeof p.description === 'string' ? p.description : null,
      deprecated: p.deprecated === true,
      example: p.example,
      hints: readHints(p, loc.doc.file, loc.pointer, diags),
      loc,
    });
  });
  return out;
}
