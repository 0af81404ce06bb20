/**
 * `src/internal/uploads.ts` of an SDK made from a Stainless config of the newer generator: the names of Stainless's
 * multipart module that hand-written code and the owners' tests import from it (`createForm`,
 * `multipartFormRequestOptions`, `maybeMultipartFormRequestOptions`, `Uploadable`, `isAsyncIterable`), answered by
 * core/uploads with the SDK's own generic form (generator/ir/multipart-encoding.ts, `genericMultipartForm`): Stainless's
 * bracketed keys, or, where the spec gives every nested part an `encoding`, each value by what it holds (the form the
 * SDK's methods then send). A null field is a TypeError, as Stainless's encoder threw.
 *
 * Hook: generator/emit/typescript/plan-module-aliases.ts, the exports of the `internal/uploads` alias.
 */
import { genericMultipartForm } from '../../ir/multipart-encoding';
import type { Api } from '../../ir/types';

/** The lines of the `internal/uploads` alias module (imports first), for `importExt` ('.js' or ''). */
export function stainlessUploadsExports(api: Api, importExt: string): string[] {
  const form = genericMultipartForm(api) === 'values' ? 'values' : 'brackets';
  const says =
    form === 'values'
      ? 'a value holding no file as one JSON part, files as parts of their own (as the spec has the methods send them)'
      : "nested values under bracketed keys (`tags[]`, `meta[owner]`), as Stainless's SDKs sent them";
  return [
    `import { createForm as encodeForm, hasUploadableValue } from '../core/uploads${importExt}';`,
    `import type { RequestOptions } from './request-options${importExt}';`,
    `export { type Uploadable } from '../core/uploads${importExt}';`,
    `export { isAsyncIterable } from './utils${importExt}';`,
    '',
    `/** \`body\`'s fields as form data: ${says}. A null field is a TypeError. */`,
    `export const createForm = (body: unknown, fetch?: unknown): Promise<FormData> => encodeForm(body, fetch, '${form}');`,
    '',
    '/** Request options whose body is sent as multipart form data (`createForm`). */',
    'export const multipartFormRequestOptions = async (',
    '  options: RequestOptions,',
    '  fetch?: unknown,',
    '): Promise<RequestOptions> => ({ ...options, body: await createForm(options.body, fetch) });',
    '',
    '/** The same, only when the body holds a file somewhere; otherwise the options as they are (a JSON body). */',
    'export const maybeMultipartFormRequestOptions = async (',
    '  options: RequestOptions,',
    '  fetch?: unknown,',
    '): Promise<RequestOptions> =>',
    '  hasUploadableValue(options.body) ? multipartFormRequestOptions(options, fetch) : options;',
  ];
}
