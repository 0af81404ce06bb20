/**
 * The JSON Lines part of the Python runtime (`_decoders/`, and `_response.py`'s branch that parses into a decoder) is
 * written only for a package with a method returning JSON Lines, as Stainless writes it (anthropic's SDK has
 * `_decoders/jsonl.py`; openai's, groq's and the other Stainless SDKs held here, without such a method, do not). A
 * package that always had it would take the path of an owners' module there (ctxos's copy of Stainless's decoder, a
 * file of theirs that `sdkgen update` then refuses to overwrite).
 *
 * Hook: generator/emit/python/emit.ts, `runtimeFiles`.
 */
import path from 'node:path';
import type { PyPackage } from './types/model';
import { allResources } from './docs/readme-sections';
import { isJsonLines } from './resources/print-request';

/** The runtime's folder of decoders, relative to templates/python/runtime/. */
export const DECODERS_FOLDER = '_decoders/';

/**
 * The decoder module, relative to templates/python/runtime/. sdkgen's own SDKs have the one there (a line that is not
 * JSON raises an SDK error naming it; leaving the loop closes the response); a package from a Stainless config has
 * Stainless's behaviour, from templates/python/stainless-runtime/ (its own `JSONLDecoder` did neither).
 */
export const DECODER_MODULE = '_decoders/jsonl.py';
export const STAINLESS_DECODER = path.join('templates', 'python', 'stainless-runtime', DECODER_MODULE);

/** Whether a method of the package (of a resource, or of the client itself) returns JSON Lines (`JSONLDecoder[T]`). */
export function usesJsonLines(pkg: PyPackage): boolean {
  const resources = pkg.topLevel ? [pkg.topLevel, ...allResources(pkg)] : allResources(pkg);
  return resources.some((resource) => resource.methods.some(isJsonLines));
}

const IMPORT = /^from \._decoders\.jsonl import JSONLDecoder, AsyncJSONLDecoder\n/m;
// The comment and the two branches before `_parse`'s server-sent-events branch; `origin` stays (later ones read it).
const BRANCHES =
  /^( *)# A JSON Lines body [^\n]*\n(\1origin = get_origin\(cast_to\) or cast_to\n)(?:\1if inspect\.isclass\(origin\) and issubclass\(origin, (?:Async)?JSONLDecoder\):\n(?:\1 {4}[^\n]*\n)+)+/m;
// `extract_type_arg` is read by those branches alone.
const UTILS_NAME = /^(from \._utils import [^\n]*)\bextract_type_arg, /m;

/** `contents` (templates/python/runtime/_response.py) without the JSON Lines decoder's import and branches. */
export function responseWithoutJsonLines(contents: string): string {
  // A runtime whose lines moved would keep an import of a module not written: a generator bug, said here.
  for (const [name, pattern] of [
    ['import', IMPORT],
    ['branches', BRANCHES],
    ['utils import', UTILS_NAME],
  ] as const)
    if (!pattern.test(contents))
      throw new Error(`templates/python/runtime/_response.py: the JSON Lines ${name} is not where it was`);
  return contents.replace(IMPORT, '').replace(BRANCHES, '$2').replace(UTILS_NAME, '$1');
}

const CHUNKED = /\b(a?iter_bytes)\(chunk_size=\d+\)/g;

/**
 * `contents` (templates/python/runtime/_response.py) with the decoder reading the body as it comes: httpx's
 * `iter_bytes(chunk_size=n)` holds bytes back until it has n of them, so that a short line would wait for the next
 * ones (in sdkgen's own SDKs; a Stainless config's keep Stainless's chunks).
 */
export function responseReadingLinesAsTheyCome(contents: string): string {
  const found = contents.match(CHUNKED) ?? [];
  if (found.length !== 2)
    throw new Error(
      "templates/python/runtime/_response.py: the JSON Lines decoder's body reads are not where they were",
    );
  return contents.replace(CHUNKED, '$1()');
}
