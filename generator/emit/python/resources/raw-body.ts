/**
 * A raw binary request body (`application/octet-stream`, an image…, a `text/*` of `format: binary`) as Stainless's
 * Python call takes it, by era (stainless/python-body-era.ts). From "feat(client): support file upload requests"
 * (RAW_BINARY_BODY_SINCE; a `text/*` one from RAW_TEXT_BINARY_BODY_SINCE) the body is sent raw, and the method takes
 * it positionally after its positional path params, required, with no key in the params TypedDict (kernel-python-sdk
 * 7c35cb9 of 2025-08-07: `write_file(self, id, contents: FileContent, *, path, mode)`, `FWriteFileParams` of `path` and
 * `mode` alone; cloudflare's `entries.create(entry_id, dataset_version_entry, *, account_id, …)`; a spec's optional
 * octet-stream body too: Stainless's Petstore example's `upload_image(self, pet_id, body: FileContent, *, …)`). Before,
 * it went through the params' transform as a keyword param of the TypedDict, optional as the spec says
 * (nptakudo's `upload_image(self, pet_id, *, additional_metadata, image: FileTypes | NotGiven = NOT_GIVEN)`).
 */
import type { Method, Param } from '../../../ir/types';
import type { StainlessPythonForms } from '../../../stainless/python-era';
import type { PyMethod, PyParam } from '../types/model';

/** Whether the era's call sends a whole binary body of this media type raw (not through the params' transform). */
export function sendsRawBody(contentType: string, forms: StainlessPythonForms): boolean {
  return contentType.toLowerCase().startsWith('text/') ? forms.rawTextBinaryBody : forms.rawBinaryBody;
}

/** The IR field of the method's raw binary body that the era's call takes positionally; null where none is. */
export function positionalRawBodyField(method: Method, forms: StainlessPythonForms): Param | null {
  const body = method.body;
  if (body?.shape !== 'whole' || body.encoding !== 'binary' || method.pagination) return null;
  if ((method.params?.variants?.length ?? 0) > 1 || !sendsRawBody(body.contentType, forms)) return null;
  return method.params?.fields.find((f) => f.in === 'body' && f.wireName === body.bodyParam) ?? null;
}

/** The raw binary body the method takes positionally after its positional path params; null where none is. */
export function positionalRawBody(method: PyMethod): PyParam | null {
  return method.params.find((p) => p.rawBody) ?? null;
}

/** The params the method takes by keyword: all but a positional raw body. */
export function keywordParams(method: PyMethod): PyParam[] {
  return method.params.filter((p) => !p.rawBody);
}
