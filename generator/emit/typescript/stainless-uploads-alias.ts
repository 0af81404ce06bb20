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
  const [imports, ...declarations] = splitImports(formHelpers(api, '..', importExt, 'RequestOptions'));
  return [
    ...imports,
    `export { type Uploadable } from '../core/uploads${importExt}';`,
    `export { isAsyncIterable } from './utils${importExt}';`,
    ...declarations,
  ];
}

/**
 * The older generator's (`targets.node`) helpers, for its `core` module (`multipartFormRequestOptions`,
 * `maybeMultipartFormRequestOptions`: the SDK's own methods call `Core.multipartFormRequestOptions({ body, ...options
 * })`) and its `uploads` module (`createForm` too), both at `src/`: the same form as `internal/uploads`' (the SDK's),
 * a null field a TypeError as that generator's encoder threw. `RequestOptions` is imported under another name, the
 * `core` module declaring its own.
 */
export function legacyFormExports(api: Api, importExt: string, module: 'core' | 'uploads'): string[] {
  const lines = formHelpers(api, '.', importExt, 'FormRequestOptions');
  return module === 'core' ? lines.filter((line) => !line.startsWith('export const createForm')) : lines;
}

/** The import lines first (one list), then the other lines. */
function splitImports(lines: string[]): [string[], ...string[]] {
  return [lines.filter((line) => line.startsWith('import ')), ...lines.filter((line) => !line.startsWith('import '))];
}

/**
 * `createForm`, `multipartFormRequestOptions` and `maybeMultipartFormRequestOptions` with the SDK's generic form, for a
 * module in `dir` (relative to `src/internal`'s parent: `..` for `src/internal/*`, `.` for `src/*`).
 */
function formHelpers(api: Api, dir: '..' | '.', importExt: string, optionsType: string): string[] {
  const set = api.multipartForm;
  const form = set ? set.json : genericMultipartForm(api) === 'values' ? 'values' : 'brackets';
  const kept = set && set.bracketed.length > 0 ? set.bracketed : [];
  const says =
    (form === 'values'
      ? 'a value holding no file as one JSON part, files as parts of their own' +
        (set ? '' : ' (as the spec has the methods send them)')
      : form === 'objects'
        ? 'an object holding no file as one JSON part, arrays and objects holding files under bracketed keys (`tags[]`, `meta[cover]`)'
        : "nested values under bracketed keys (`tags[]`, `meta[owner]`), as Stainless's SDKs sent them") +
    (kept.length > 0 ? `; ${kept.map((name) => `\`${name}\``).join(', ')} always under bracketed keys` : '');
  // The arguments after `fetch`: the form, and the fields kept bracketed.
  const args = `'${form}'${kept.length > 0 ? `, [${kept.map((name) => `'${name.replace(/[\\']/g, '\\$&')}'`).join(', ')}]` : ''}`;
  const options = optionsType === 'RequestOptions' ? 'RequestOptions' : `RequestOptions as ${optionsType}`;
  const requestOptions = dir === '..' ? `./request-options${importExt}` : `./internal/request-options${importExt}`;
  return [
    `import { createForm as encodeForm, hasUploadableValue } from '${dir}/core/uploads${importExt}';`,
    `import type { ${options} } from '${requestOptions}';`,
    '',
    `/** \`body\`'s fields as form data: ${says}. A null field is a TypeError. */`,
    `export const createForm = (body: unknown, fetch?: unknown): Promise<FormData> => encodeForm(body, fetch, ${args});`,
    '',
    `/** Request options whose body is sent as multipart form data (${says.split(' (')[0]}). */`,
    'export const multipartFormRequestOptions = async (',
    `  options: ${optionsType},`,
    '  fetch?: unknown,',
    `): Promise<${optionsType}> => ({ ...options, body: await encodeForm(options.body, fetch, ${args}) });`,
    '',
    '/** The same, only when the body holds a file somewhere; otherwise the options as they are (a JSON body). */',
    'export const maybeMultipartFormRequestOptions = async (',
    `  options: ${optionsType},`,
    '  fetch?: unknown,',
    `): Promise<${optionsType}> =>`,
    '  hasUploadableValue(options.body) ? multipartFormRequestOptions(options, fetch) : options;',
  ];
}
