/**
 * migrate (Python): the owners' fix of Stainless's old binary request body (the file sent through the params'
 * transform, which its runtime could not send: writer-python's `binary_request=content`, or `content=` / a raw
 * `body=read_file_content(…)` once Stainless's runtime sent bytes) is judged done against whichever form sdkgen
 * writes for the repository's era (stainless/python-era.ts): `content=x` (and Stainless's `read_file_content(x) if
 * isinstance(x, os.PathLike) else x`) since 2026-01-13, `body=read_file_content(x)` before, and before 2025-07-30
 * (a `text/*` body until 2026-05-22) Stainless's own `body=maybe_transform(x, …Params)` of a file param, which
 * sdkgen's runtime sends as the file's bytes. Before, only sdkgen's `content=x` counted: an era's other forms would
 * have had `binary_request=` carried into its call.
 */
import { describe, expect, it } from 'vitest';
import { withResourceCallsDone } from '../../generator/migrate/python/already-done/resource-call-done';

const method = (prefix: string, call: string, body: string) => `
    ${prefix}def upload(
        self,
        *,
        image: FileTypes,
        extra_headers: Headers | None = None,
    ) -> Pet:
        """Upload an image."""
        extra_headers = {"Content-Type": "application/octet-stream", **(extra_headers or {})}
        return ${call}(
            "/pets/image",
${body}            options=make_request_options(extra_headers=extra_headers),
            cast_to=Pet,
        )
`;
/** A resource module whose sync and async `upload` send `image` as `body(awaited)` writes it. */
const moduleOf = (body: (awaited: string) => string) =>
  `class PetsResource(SyncAPIResource):${method('', 'self._post', body(''))}

class AsyncPetsResource(AsyncAPIResource):${method('async ', 'await self._post', body('await '))}`;

const PATH = 'src/acme/resources/pets.py';
// Stainless's old form: the file through the params' transform.
const STAINLESS = moduleOf(
  (awaited) =>
    `            body=${awaited ? 'await async_' : ''}maybe_transform(image, pet_upload_params.PetUploadParams),\n`,
);
const OWNERS_BINARY_REQUEST = moduleOf(() => '            binary_request=image,\n');
const OWNERS_CONTENT = moduleOf(() => '            content=image,\n');
// sdkgen's forms by era.
const READ_BODY = moduleOf(
  (awaited) => `            body=${awaited}${awaited ? 'async_' : ''}read_file_content(image),\n`,
);
const CONTENT = moduleOf(() => '            content=image,\n');
const PATH_READ_CONTENT = moduleOf(
  () => '            content=read_file_content(image) if isinstance(image, os.PathLike) else image,\n',
);

const doneOf = (owners: string, sdkgens: string) => {
  const plan = { doneBySdkgen: [] as Array<{ path: string; does: string; test: string }> };
  const result = withResourceCallsDone(PATH, STAINLESS, owners, sdkgens, plan, 'acme');
  return { text: result?.text ?? owners, done: plan.doneBySdkgen.length };
};

describe("the owners' fix of Stainless's old binary body, against sdkgen's form of the era", () => {
  it("is Stainless's lines back, done, where sdkgen's method sends the file raw in any era's form", () => {
    for (const sdkgens of [STAINLESS, READ_BODY, CONTENT, PATH_READ_CONTENT])
      for (const owners of [OWNERS_BINARY_REQUEST, OWNERS_CONTENT]) {
        const { text, done } = doneOf(owners, sdkgens);
        expect(text).toBe(STAINLESS);
        expect(done).toBe(2);
      }
  });

  it("stays the owners' where sdkgen's method sends another body, or the raw read of another name", () => {
    // A transform of a param that is not a file: a JSON body.
    const json = STAINLESS.replace(/image: FileTypes/g, 'image: object');
    expect(doneOf(OWNERS_BINARY_REQUEST, json).text).toContain('binary_request=image,');
    const both = READ_BODY.replace(/( {12}body=.*read_file_content\(image\),\n)/g, '$1            body={},\n');
    expect(doneOf(OWNERS_BINARY_REQUEST, both).text).toContain('binary_request=image,');
    const other = READ_BODY.replace(/read_file_content\(image\)/g, 'read_file_content(photo)');
    expect(doneOf(OWNERS_CONTENT, other).text).toContain('content=image,');
  });
});
