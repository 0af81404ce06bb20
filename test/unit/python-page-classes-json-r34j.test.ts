/**
 * `migrate --from-repo` on a Stainless Python SDK reads a page class whose `next_page_info` asks for the next page in
 * the request's body (`PageInfo(json={"page_token": next_page_token})`, llama-cloud-py's `SyncPaginatedCursorPost`) as
 * the cursor scheme it is, not as a one-page `fake_page`: the POST methods that name it then page in their body.
 */
import { describe, expect, it } from 'vitest';
import { pythonPageSchemes } from '../../generator/migrate/python/derived-config/page-classes';

const MODULE = `from typing import List, Generic, TypeVar, Optional
from typing_extensions import override

from ._base_client import BasePage, PageInfo, BaseSyncPage, BaseAsyncPage

_T = TypeVar("_T")


class SyncPaginatedCursorPost(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    items: List[_T]
    next_page_token: Optional[str] = None

    @override
    def _get_page_items(self) -> List[_T]:
        items = self.items
        if not items:
            return []
        return items

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        next_page_token = self.next_page_token
        if not next_page_token:
            return None

        return PageInfo(json={"page_token": next_page_token})
`;

describe('a Python page class asking for the next page in the body', () => {
  it('is a cursor scheme, its cursor field marked', () => {
    const [scheme] = pythonPageSchemes(MODULE);
    expect(scheme).toMatchObject({
      name: 'paginated_cursor_post',
      type: 'cursor',
      request: { page_token: { type: 'string', 'x-stainless-pagination-property': { purpose: 'next_cursor_param' } } },
    });
    expect(scheme.response.next_page_token).toMatchObject({
      'x-stainless-pagination-property': { purpose: 'next_cursor_field' },
    });
  });
});
