/**
 * `sdkgen migrate` (config written from the repository) on a Stainless Python SDK whose config marked a resource's
 * methods undocumented: Stainless wrote them (`resources/files.py`, `client.files`) but api.md's section lists its
 * types alone, no method (replicate/replicate-python-beta's Files API, "add Files API methods …and mark them as
 * undocumented"). Before, the config from api.md had no `files` resource: the spec's five endpoints were "in no
 * resource" and sdkgen's SDK lost `client.files.create()` and the rest. Now Stainless's resource modules are read too.
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { derivePythonConfig } from '../generator/migrate/python/derived-config/derived-config';
import { unlistedMethods } from '../generator/migrate/python/derived-config/unlisted-methods';

const API_MD = `# Collections

Methods:

- <code title="get /collections/{collection_slug}">client.collections.<a href="./src/acme/resources/collections.py">get</a>(\\*, collection_slug) -> <a href="./src/acme/types/collection.py">Collection</a></code>

# Files

Types:

\`\`\`python
from acme.types import FileCreateResponse
\`\`\`
`;

const HEADER = '# File generated from our OpenAPI spec by Stainless. See CONTRIBUTING.md for details.\n\n';

const FILES_MODULE = `${HEADER}from __future__ import annotations

__all__ = ["FilesResource", "AsyncFilesResource"]


class FilesResource(SyncAPIResource):
    @cached_property
    def with_raw_response(self) -> FilesResourceWithRawResponse:
        return FilesResourceWithRawResponse(self)

    @overload
    def create(self, *, content: FileTypes) -> FileCreateResponse:
        ...

    def create(self, *, content: FileTypes) -> FileCreateResponse:
        return self._post(
            "/files",
            body=maybe_transform({"content": content}, file_create_params.FileCreateParams),
            cast_to=FileCreateResponse,
        )

    def list(self) -> SyncCursorURLPage[FileListResponse]:
        return self._get_api_list(
            "/files",
            page=SyncCursorURLPage[FileListResponse],
            model=FileListResponse,
        )

    def delete(self, file_id: str) -> None:
        return self._delete(
            f"/files/{file_id}",
            cast_to=NoneType,
        )

    def _helper(self) -> None:
        self._get("/internal")


class AsyncFilesResource(AsyncAPIResource):
    async def archive(self, file_id: str) -> None:
        return await self._post(f"/files/{file_id}/archive", cast_to=NoneType)
`;

// Stainless's module of a listed resource: its listed method is api.md's already.
const COLLECTIONS_MODULE = `${HEADER}class CollectionsResource(SyncAPIResource):
    def get(self, collection_slug: str) -> Collection:
        return self._get(
            f"/collections/{collection_slug}",
            cast_to=Collection,
        )
`;

// The owners' module under resources/ (no Stainless header) is theirs, not Stainless's output.
const OWNERS_MODULE = `class Uploads(SyncAPIResource):
    def put(self) -> None:
        self._put("/uploads")
`;

const pageClass = (name: string) => `class Sync${name}(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    results: List[_T]
    next: Optional[str] = None

    @override
    def _get_page_items(self) -> List[_T]:
        results = self.results
        if not results:
            return []
        return results

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        url = self.next
        if url is None:
            return None

        return PageInfo(url=httpx.URL(url))
`;

// Two page classes of one shape: only the one the method names says which scheme pages it.
const PAGINATION = `${HEADER}${pageClass('CursorURLPageWithCreatedFilters')}\n\n${pageClass('CursorURLPage')}`;

const SPEC_ENDPOINTS = [
  'get /v1/collections/{slug}',
  'post /v1/files',
  'get /v1/files',
  'delete /v1/files/{id}',
  'post /v1/files/{id}/archive',
  'put /v1/uploads',
];

const FILES = [
  { path: 'api.md', text: API_MD },
  { path: 'src/acme/resources/files.py', text: FILES_MODULE },
  { path: 'src/acme/resources/collections.py', text: COLLECTIONS_MODULE },
  { path: 'src/acme/resources/uploads.py', text: OWNERS_MODULE },
  { path: 'src/acme/pagination.py', text: PAGINATION },
];

describe('migrate --from-repo (Python): the methods Stainless wrote that api.md does not list', () => {
  it("are read from Stainless's sync resource classes, as the spec's endpoints", () => {
    const found = unlistedMethods(FILES as never, 'acme', new Set(['get /v1/collections/{slug}']), SPEC_ENDPOINTS);
    expect(found.map((m) => [m.keys.join('.'), m.endpoint])).toEqual([
      ['files.create', 'post /v1/files'],
      ['files.list', 'get /v1/files'],
      ['files.delete', 'delete /v1/files/{id}'],
    ]);
  });

  it('become methods of the config written from the repository', () => {
    const spec = {
      // The one schema every file method returns: api.md's FileCreateResponse matches it by name.
      schemas: [
        { key: 'FileCreateResponse', name: 'FileCreateResponse', shape: { kind: 'object' as const, members: [] } },
      ],
      responseSchemas: new Map<string, string>(),
      queryParams: new Map(SPEC_ENDPOINTS.map((e) => [e, [] as string[]])),
    };
    const result = derivePythonConfig(FILES as never, 'acme', spec);
    expect(result).not.toBeNull();
    const config = yaml.load(result!.text) as {
      resources: Record<string, { methods: Record<string, unknown>; models?: Record<string, string> }>;
    };
    expect(config.resources.files.methods).toEqual({
      create: 'post /v1/files',
      list: { endpoint: 'get /v1/files', paginated: 'cursor_url_page' },
      delete: 'delete /v1/files/{id}',
    });
    // FileCreateResponse is the type Stainless wrote for `files.create`, not a model: each method has its own again.
    expect(config.resources.files.models).toBeUndefined();
    expect(Object.keys(config.resources.collections.methods)).toEqual(['get']);
    expect(config.resources.uploads).toBeUndefined();
    expect(result!.notes.join('\n')).toContain('files.create (post /v1/files) is not listed');
  });

  it('are none without the spec to check them against', () => {
    const result = derivePythonConfig(FILES as never, 'acme', null);
    const config = yaml.load(result!.text) as { resources: Record<string, unknown> };
    expect(config.resources.files).toBeUndefined();
  });
});
