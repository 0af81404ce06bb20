/**
 * The era of a Stainless Python SDK's request bodies: the days its generator changed how a method takes and sends a
 * whole body (a file, raw bytes, an optional one), read by pythonFormsOfEra (python-era.ts) and the emitters.
 */

/**
 * Stainless's "chore(internal): codegen related update" that took writer-python's `content_length` param away
 * (c3f0dcf): a `Content-Length` header param is no method param (httpx sets the header from the body).
 */
export const CONTENT_LENGTH_DROPPED_SINCE = '2024-07-30';
/**
 * A whole request body (an array, a file, a scalar) the spec's requestBody does not require is an optional param: one
 * spec (sha256 6937085…, Stainless's Petstore example) gave example-stainless-py of 2024-12-18 to 2024-12-24
 * `items: Required[Iterable[UserParam]]` and `image: Required[FileTypes]`, and nptakudo/stainless-api-sdk of
 * 2025-03-22 both optional. The change fell between those days; this is the first day seen with it.
 */
export const OPTIONAL_WHOLE_BODY_SINCE = '2025-03-22';
/**
 * Stainless's "add support for binary request streaming" (2026-01-13, its runtime's `content=` and `BinaryTypes`, the
 * same day across 37 SDKs): a raw binary body is the call's `content=read_file_content(x) if isinstance(x,
 * os.PathLike) else x` (`await async_read_file_content(x)` in async), a path read and anything else sent as it is
 * (parsecular's sdk-python of 2026-02-09, the first octet-stream body seen after that day; apollo-sdk-python and
 * deepraven-python of 2026-03/04, writer-python ccdd910 of 2026-05-22 the same; none seen with a bare `content=x`).
 * From "feat(client): support file upload requests" (RAW_BINARY_BODY_SINCE) until then `body=read_file_content(x)`
 * (kernel-python-sdk 2d5ee17 of 2025-08-07).
 */
export const RAW_CONTENT_ARG_SINCE = '2026-01-13';
/**
 * Stainless's "feat(client): support file upload requests" (modern-treasury-python e1420a0, 2025-07-30; arcade-py
 * adee680, 2025-07-31): its runtime sends a bytes body raw. Before, a binary body went through the params' transform
 * with no Content-Type (nptakudo's stainless-api-sdk of 2025-03-27), which Stainless's runtime could not send (JSON of
 * bytes). sdkgen writes that form with the media type's Content-Type: its runtime sends a file given as the body (the
 * transform passes it through) as the file's bytes.
 */
export const RAW_BINARY_BODY_SINCE = '2025-07-30';
/** Stainless's "fix: treat text/plan with format: binary as raw upload" (writer-python ccdd910, 2026-05-22). */
export const RAW_TEXT_BINARY_BODY_SINCE = '2026-05-22';
