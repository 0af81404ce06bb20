/**
 * `_utils/_utils.py` with the SDK's own multipart form (`MULTIPART_FORM`), as `genericMultipartForm`
 * (generator/ir/multipart-encoding.ts) chooses it: Stainless's bracketed keys with a Stainless config, "values" (a
 * value holding no file as one JSON part, the files of a list under the field's own name: `files`, `documents[file]`)
 * where that config's spec gives every nested part of every multipart body an `encoding`, and "json" without a
 * Stainless config: OpenAPI's defaults, as the TypeScript SDK of that spec sends them (`toFormData`'s `nested: 'json'`),
 * so that both SDKs of a spec send the same parts (an array of arrays of files: `pages`' items' files as `pages[]` in
 * both, where Stainless's bracketed form, of both its runtimes, names them `pages[][]`). Hand-written calls of
 * `extract_files` and the client's multipart serialiser then send parts as the SDK's methods do.
 *
 * Hook: generator/emit/python/emit.ts, `runtimeFiles`' settings (`'_utils/_utils.py'`).
 */
import { genericMultipartForm } from '../../ir/multipart-encoding';
import type { Api } from '../../ir/types';

const LINE = /^MULTIPART_FORM: Literal\["brackets", "values", "json"\] = "brackets"$/m;

/** `contents` (templates/python/runtime/_utils/_utils.py) with the API's multipart form. */
export function utilsWithMultipartForm(contents: string, api: Api): string {
  const form = genericMultipartForm(api);
  if (form === 'brackets') return contents;
  // A runtime without the line would drop the setting without a word: a generator bug.
  if (!LINE.test(contents)) throw new Error(`templates/python/runtime/_utils/_utils.py has no line ${String(LINE)}`);
  return contents.replace(LINE, `MULTIPART_FORM: Literal["brackets", "values", "json"] = "${form}"`);
}
