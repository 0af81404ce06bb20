/**
 * A Stainless Python SDK with one page class pages a POST list by it, its cursor in the JSON body
 * (zeroentropy's `documents.get_info_list(**params) -> SyncGetDocumentInfoListCursor[…]`, `PageInfo(json={"path_gt":
 * …})`). The derived config left a method of the only scheme unnamed, for sdkgen to page by itself; sdkgen pages no
 * such list without the config saying so, and the method lost its page (check 10 of the trials). The scheme is now
 * named where the spec alone would not page the endpoint; where it would, the method stays a plain endpoint.
 * So does a list whose query carries the scheme's request fields: the unnamed scheme pages it (braintrust's GET
 * `projects.list -> SyncListObjects[Project]`, `starting_after` in its query, lost nothing unnamed).
 */
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { derivePythonConfig } from '../../generator/migrate/python/derived-config/derived-config';

const API_MD = `# Documents

Types:

\`\`\`python
from acme.types import DocumentGetInfoListResponse, DocumentGetInfoResponse
\`\`\`

Methods:

- <code title="post /documents/get-document-info-list">client.documents.<a href="./src/acme/resources/documents.py">get_info_list</a>(\\*\\*<a href="src/acme/types/document_get_info_list_params.py">params</a>) -> <a href="./src/acme/types/document_get_info_list_response.py">SyncGetDocumentInfoListCursor[DocumentGetInfoListResponse]</a></code>
- <code title="post /documents/get-document-info">client.documents.<a href="./src/acme/resources/documents.py">get_info</a>(\\*\\*<a href="src/acme/types/document_get_info_params.py">params</a>) -> <a href="./src/acme/types/document_get_info_response.py">DocumentGetInfoResponse</a></code>
`;

const PAGINATION = `from typing import Any, List, Generic, TypeVar, Optional, cast
from typing_extensions import Protocol, override, runtime_checkable

from ._base_client import BasePage, PageInfo, BaseSyncPage, BaseAsyncPage

__all__ = ["SyncGetDocumentInfoListCursor", "AsyncGetDocumentInfoListCursor"]

_T = TypeVar("_T")


@runtime_checkable
class GetDocumentInfoListCursorItem(Protocol):
    path: str


class SyncGetDocumentInfoListCursor(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    documents: List[_T]

    @override
    def _get_page_items(self) -> List[_T]:
        documents = self.documents
        if not documents:
            return []
        return documents

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        documents = self.documents
        if not documents:
            return None

        item = cast(Any, documents[-1])
        if not isinstance(item, GetDocumentInfoListCursorItem) or item.path is None:  # pyright: ignore[reportUnnecessaryComparison]
            # TODO emit warning log
            return None

        return PageInfo(json={"path_gt": item.path})
`;

type Method = string | { endpoint: string; paginated?: string | false };

function methods(paginated: string[], queryParams?: Map<string, string[]>) {
  const result = derivePythonConfig(
    [
      { path: 'api.md', text: API_MD },
      { path: 'src/acme/pagination.py', text: PAGINATION },
      { path: 'src/acme/_client.py', text: 'class Acme(SyncAPIClient):\n    pass\n' },
    ] as never,
    'acme',
    { schemas: [], responseSchemas: new Map(), paginated: new Set(paginated), queryParams },
  );
  const config = yaml.load(result!.text) as {
    pagination: Array<{ name: string }>;
    resources: { documents: { methods: Record<string, Method> } };
  };
  expect(config.pagination.map((p) => p.name)).toEqual(['get_document_info_list_cursor']);
  return config.resources.documents.methods;
}

describe('the derived config of a Python SDK with one page scheme', () => {
  it('names the scheme of a method the spec alone would not page', () => {
    const { get_info_list, get_info } = methods([]);
    expect(get_info_list).toEqual({
      endpoint: 'post /documents/get-document-info-list',
      paginated: 'get_document_info_list_cursor',
    });
    expect(get_info).toBe('post /documents/get-document-info');
  });

  it('names the scheme of a POST list of the spec whose query carries none of its fields', () => {
    const query = new Map([['post /documents/get-document-info-list', []]]);
    const { get_info_list, get_info } = methods([], query);
    expect(get_info_list).toEqual({
      endpoint: 'post /documents/get-document-info-list',
      paginated: 'get_document_info_list_cursor',
    });
    expect(get_info).toBe('post /documents/get-document-info');
  });

  it('leaves a method the spec alone pages a plain endpoint', () => {
    const { get_info_list } = methods(['post /documents/get-document-info-list']);
    expect(get_info_list).toBe('post /documents/get-document-info-list');
  });

  it("leaves a method whose query carries the scheme's request fields a plain endpoint", () => {
    const query = new Map([['post /documents/get-document-info-list', ['path_gt', 'limit']]]);
    const { get_info_list } = methods([], query);
    expect(get_info_list).toBe('post /documents/get-document-info-list');
  });

  it("names the scheme where the query carries only some of the scheme's request fields", () => {
    const query = new Map([['post /documents/get-document-info-list', ['limit']]]);
    const { get_info_list } = methods([], query);
    expect(get_info_list).toEqual({
      endpoint: 'post /documents/get-document-info-list',
      paginated: 'get_document_info_list_cursor',
    });
  });

  it('leaves a method of an operation the spec lacks a plain endpoint (the method is left out)', () => {
    const query = new Map([['post /documents/get-document-info', []]]);
    const { get_info_list } = methods([], query);
    expect(get_info_list).toBe('post /documents/get-document-info-list');
  });
});
