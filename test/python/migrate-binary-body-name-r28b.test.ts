/**
 * migrate --from-repo (Python): a method whose file the owners send as the raw body through their `binary_request`
 * patch (`self._post(…, binary_request=content)`, the body no longer `body=maybe_transform(content, …)`) keeps its
 * argument's name: the derived config says `body_param_name: content`. Before, it said nothing and sdkgen named the
 * argument `body` (users' `upload(content=…)` broke, and the owners' `binary_request=content` landed on an unbound name).
 */
import { describe, expect, it } from 'vitest';
import { wholeBodyParamName } from '../../generator/migrate/python/derived-config/body-param-names';

const MODULE = `class FilesResource(SyncAPIResource):
    def upload(
        self,
        *,
        content: FileTypes,
        content_type: str,
        extra_headers: Headers | None = None,
    ) -> File:
        """Upload a file."""
        extra_headers = {"Content-Type": content_type, **(extra_headers or {})}
        return self._post(
            "/v1/files",
            options=make_request_options(extra_headers=extra_headers),
            binary_request=content,
            cast_to=File,
        )
`;

describe("a file the owners' binary_request patch sends as the body", () => {
  it('names the body parameter as the method does', () => {
    expect(wholeBodyParamName(MODULE, 'upload')).toBe('content');
  });

  it('names nothing where the value is not a parameter of the method', () => {
    expect(wholeBodyParamName(MODULE.replace('binary_request=content', 'binary_request=data'), 'upload')).toBeNull();
  });

  // Stainless's own raw-body calls name the argument too: kernel's `write_file(id, contents: FileContent, …)` sends
  // `body=read_file_content(contents)` (2025-07-30 on), later SDKs `content=read_file_content(body) if
  // isinstance(body, os.PathLike) else body`; sdkgen named it `body`, breaking `write_file(id, contents=…)`.
  it("names the body parameter Stainless's raw-body call reads", () => {
    const read = (call: string) =>
      MODULE.replace('content: FileTypes', 'contents: FileContent').replace('binary_request=content,', call);
    expect(wholeBodyParamName(read('body=read_file_content(contents),'), 'upload')).toBe('contents');
    expect(wholeBodyParamName(read('body=await async_read_file_content(contents),'), 'upload')).toBe('contents');
    expect(
      wholeBodyParamName(
        read('content=read_file_content(contents) if isinstance(contents, os.PathLike) else contents,'),
        'upload',
      ),
    ).toBe('contents');
    expect(
      wholeBodyParamName(
        read('content=await async_read_file_content(contents) if isinstance(contents, os.PathLike) else contents,'),
        'upload',
      ),
    ).toBe('contents');
  });
});
