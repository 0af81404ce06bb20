/**
 * `migrate --from-repo` on a Stainless Python SDK reads a page field declared as always there (`has_more: bool`, no
 * `Optional[…]` and no default: writer-python's and lithic-python's `SyncCursorPage`, read by `return has_more and
 * super().has_next_page()`) as the config's `x-stainless-pagination-property: { required: true }`, so that the
 * config it writes gives the same page class back; a field with a default (`Optional[int] = FieldInfo(alias=…,
 * default=None)`), and the items, say nothing of it. Without it the derived config made every page field `Optional`.
 */
import { describe, expect, it } from 'vitest';
import { pythonPageSchemes } from '../../generator/migrate/python/derived-config/page-classes';

const MODULE = `from typing import Any, List, Generic, TypeVar, Optional, cast
from typing_extensions import Protocol, override, runtime_checkable

from pydantic import Field as FieldInfo

from ._models import BaseModel
from ._base_client import BasePage, PageInfo, BaseSyncPage, BaseAsyncPage

_T = TypeVar("_T")


@runtime_checkable
class CursorPageItem(Protocol):
    id: Optional[str]


class SyncCursorPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    data: List[_T]
    has_more: bool

    @override
    def _get_page_items(self) -> List[_T]:
        data = self.data
        if not data:
            return []
        return data

    @override
    def has_next_page(self) -> bool:
        has_more = self.has_more
        return has_more and super().has_next_page()

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        data = self.data
        if not data:
            return None

        item = cast(Any, data[-1])
        if not isinstance(item, CursorPageItem) or item.id is None:
            # TODO emit warning log
            return None

        return PageInfo(params={"after": item.id})


class ApplicationJobsOffsetPagination(BaseModel):
    limit: Optional[int] = None

    offset: int


class SyncApplicationJobsOffset(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    result: List[_T]
    total_count: Optional[int] = FieldInfo(alias="totalCount", default=None)
    pagination: Optional[ApplicationJobsOffsetPagination] = None
    object_kind: str = FieldInfo(alias="objectKind")

    @override
    def _get_page_items(self) -> List[_T]:
        result = self.result
        if not result:
            return []
        return result

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        offset = self._options.params.get("offset") or 0
        if not isinstance(offset, int):
            raise ValueError(f'Expected "offset" param to be an integer but got {offset}')

        length = len(self._get_page_items())
        current_count = offset + length

        total_count = self.total_count
        if total_count is None:
            return None

        if current_count < total_count:
            return PageInfo(params={"offset": current_count})

        return None
`;

const property = (value: Record<string, unknown>) => ({ 'x-stainless-pagination-property': value });

describe('a Python page field declared as always there', () => {
  it("is the config's `required` field (a has-more flag's purpose beside it); the items are not marked", () => {
    const [cursor, offset] = pythonPageSchemes(MODULE);
    expect(cursor).toMatchObject({ name: 'cursor_page', type: 'cursor_id' });
    expect(cursor.response.has_more).toEqual({
      type: 'boolean',
      ...property({ purpose: 'has_next_page', required: true }),
    });
    expect(cursor.response.data).not.toHaveProperty(['items', 'x-stainless-pagination-property', 'required']);
    expect(offset.response.result).toEqual({ type: 'array' });
    expect(offset.response.totalCount).toEqual({
      type: 'integer',
      ...property({ purpose: 'offset_total_count_field' }),
    });
    expect(offset.response.objectKind).toEqual({ type: 'string', ...property({ required: true }) });
    // (A model's field declared so is its object's required field.)
    expect(offset.response.pagination).toEqual({
      type: 'object',
      properties: { limit: { type: 'integer' }, offset: { type: 'integer', ...property({ required: true }) } },
    });
  });
});
