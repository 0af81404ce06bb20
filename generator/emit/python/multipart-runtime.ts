/**
 * `_utils/_utils.py` with the SDK's own multipart form (`MULTIPART_FORM`): Stainless's bracketed keys, "values" (a
 * value holding no file as one JSON part, the files of a list under the field's own name: `files`, `documents[file]`)
 * where the spec gives every nested part of every multipart body an `encoding` (generator/ir/multipart-encoding.ts,
 * `genericMultipartForm`). The runtime also has "json", OpenAPI's defaults as the TypeScript SDK of a spec without a
 * Stainless config sends them, not chosen yet (below). Hand-written calls of `extract_files` and the client's multipart
 * serialiser then send parts as the SDK's methods do.
 *
 * Hook: generator/emit/python/emit.ts, `runtimeFiles`' settings (`'_utils/_utils.py'`).
 */
import { genericMultipartForm } from '../../ir/multipart-encoding';
import type { Api } from '../../ir/types';

const LINE = /^MULTIPART_FORM: Literal\["brackets", "values", "json"\] = "brackets"$/m;

/** `contents` (templates/python/runtime/_utils/_utils.py) with the API's multipart form. */
export function utilsWithMultipartForm(contents: string, api: Api): string {
  const form = genericMultipartForm(api);
  // "json" (OpenAPI's defaults, as TypeScript sends them) is not chosen yet: against Prism it fails bodies whose
  // `encoding` styles an object part (deepObject, form) and arrays of files, which the bracketed form passes.
  if (form === 'brackets' || form === 'json') return contents;
  // A runtime without the line would drop the setting without a word: a generator bug.
  if (!LINE.test(contents)) throw new Error(`templates/python/runtime/_utils/_utils.py has no line ${String(LINE)}`);
  return contents.replace(LINE, `MULTIPART_FORM: Literal["brackets", "values", "json"] = "${form}"`);
}
