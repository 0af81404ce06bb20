/**
 * `_utils/_utils.py` with the SDK's own multipart form (`MULTIPART_FORM`): Stainless's bracketed keys, or "values" (a
 * value holding no file as one JSON part, the files of a list under the field's own name: `files`, `documents[file]`)
 * where the spec gives every nested part of every multipart body an `encoding` (generator/ir/multipart-encoding.ts,
 * `genericMultipartForm`), so that hand-written calls of `extract_files` and the client's multipart serialiser send
 * parts as the SDK's methods do.
 *
 * Hook: generator/emit/python/emit.ts, `runtimeFiles`' settings (`'_utils/_utils.py'`).
 */
import { genericMultipartForm } from '../../ir/multipart-encoding';
import type { Api } from '../../ir/types';

const LINE = /^MULTIPART_FORM: Literal\["brackets", "values"\] = "brackets"$/m;

/** `contents` (templates/python/runtime/_utils/_utils.py) with the API's multipart form. */
export function utilsWithMultipartForm(contents: string, api: Api): string {
  if (genericMultipartForm(api) !== 'values') return contents;
  // A runtime without the line would drop the setting without a word: a generator bug.
  if (!LINE.test(contents)) throw new Error(`templates/python/runtime/_utils/_utils.py has no line ${String(LINE)}`);
  return contents.replace(LINE, 'MULTIPART_FORM: Literal["brackets", "values"] = "values"');
}
