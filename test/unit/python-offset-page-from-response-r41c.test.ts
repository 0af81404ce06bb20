/**
 * `migrate --from-repo` on a Stainless Python SDK reads an offset page class that counts on from the offset the
 * response gives (`offset = self.offset`, `current_count = offset + length`, stopping at `self.total`: openint's
 * `SyncOffsetPagination`) as the offset scheme it is, its start and total fields marked, not as a string cursor: the
 * list methods api.md pages by it are paged by it again.
 */
import { describe, expect, it } from 'vitest';
import { pythonPageSchemes } from '../../generator/migrate/python/derived-config/page-classes';

const MODULE = `from typing import List, Generic, TypeVar, Optional
from typing_extensions import override

from ._base_client import BasePage, PageInfo, BaseSyncPage, BaseAsyncPage

_T = TypeVar("_T")


class SyncOffsetPagination(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    items: List[_T]
    total: Optional[int] = None
    offset: Optional[int] = None
    limit: Optional[int] = None

    @override
    def _get_page_items(self) -> List[_T]:
        items = self.items
        if not items:
            return []
        return items

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        offset = self.offset
        if offset is None:
            return None  # type: ignore[unreachable]

        length = len(self._get_page_items())
        current_count = offset + length

        total = self.total
        if total is None:
            return None

        if current_count < total:
            return PageInfo(params={"offset": current_count})

        return None
`;

const purpose = (p: string) => ({ 'x-stainless-pagination-property': { purpose: p } });

describe("a Python offset page counting on from the response's offset", () => {
  it('is an offset scheme: its parameter, start field and total field marked', () => {
    const [scheme] = pythonPageSchemes(MODULE);
    expect(scheme).toMatchObject({
      name: 'offset_pagination',
      type: 'offset',
      request: { offset: { type: 'integer', ...purpose('offset_count_param') } },
    });
    expect(scheme.response.offset).toEqual({ type: 'integer', ...purpose('offset_count_start_field') });
    expect(scheme.response.total).toEqual({ type: 'integer', ...purpose('offset_total_count_field') });
    expect(scheme.response.items).toEqual({ type: 'array' });
  });

  it("keeps reading an offset taken from the request's own params as before, its total marked", () => {
    const fromRequest = MODULE.replace(
      '        offset = self.offset\n',
      '        offset = self._options.params.get("offset") or 0\n',
    );
    const [scheme] = pythonPageSchemes(fromRequest);
    expect(scheme.type).toBe('offset');
    expect(scheme.response.offset).toEqual({ type: 'integer' });
    expect(scheme.response.total).toEqual({ type: 'integer', ...purpose('offset_total_count_field') });
  });
});
