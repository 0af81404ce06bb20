/**
 * `migrate --from-repo` on a Stainless Python SDK reads a page class whose `build` takes fields from the response's
 * headers (`"has_more": maybe_coerce_boolean(response.headers.get("X-Has-More"))`, beside a body that is the items
 * themselves: kernel's `SyncOffsetPagination`) as a scheme whose fields say `from_header`, as its Stainless config
 * did. Without it the scheme asked for `has_more` and `next_offset` in a body that is an array, which no list method's
 * response has: the methods api.md pages were no longer paged.
 */
import { describe, expect, it } from 'vitest';
import { pythonPageSchemes } from '../../generator/migrate/python/derived-config/page-classes';

const MODULE = `from typing import Any, List, Type, Generic, Mapping, TypeVar, Optional, cast
from typing_extensions import override

from httpx import Response

from ._utils import is_mapping, maybe_coerce_boolean, maybe_coerce_integer
from ._models import BaseModel
from ._base_client import BasePage, PageInfo, BaseSyncPage, BaseAsyncPage

_BaseModelT = TypeVar("_BaseModelT", bound=BaseModel)

_T = TypeVar("_T")


class SyncOffsetPagination(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    items: List[_T]
    has_more: Optional[bool] = None
    next_offset: Optional[int] = None

    @override
    def _get_page_items(self) -> List[_T]:
        items = self.items
        if not items:
            return []
        return items

    @override
    def has_next_page(self) -> bool:
        has_more = self.has_more
        if has_more is not None and has_more is False:
            return False

        return super().has_next_page()

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        next_offset = self.next_offset
        if next_offset is None:
            return None  # type: ignore[unreachable]

        length = len(self._get_page_items())
        current_count = next_offset + length

        return PageInfo(params={"offset": current_count})

    @classmethod
    def build(cls: Type[_BaseModelT], *, response: Response, data: object) -> _BaseModelT:  # noqa: ARG003
        return cls.construct(
            None,
            **{
                **(cast(Mapping[str, Any], data) if is_mapping(data) else {"items": data}),
                "has_more": maybe_coerce_boolean(response.headers.get("X-Has-More")),
                "next_offset": maybe_coerce_integer(response.headers.get("X-Next-Offset")),
            },
        )
`;

const property = (value: Record<string, unknown>) => ({ 'x-stainless-pagination-property': value });

describe("a Python page class's fields read from the response's headers", () => {
  it("are the scheme's fields `from_header`, beside its top-level array of items", () => {
    const [scheme] = pythonPageSchemes(MODULE);
    expect(scheme).toMatchObject({ name: 'offset_pagination', type: 'offset' });
    expect(scheme.response.items).toEqual({ type: 'array', ...property({ is_top_level_array: true }) });
    expect(scheme.response.has_more).toEqual({
      type: 'boolean',
      ...property({ purpose: 'has_next_page', from_header: 'X-Has-More' }),
    });
    expect(scheme.response.next_offset).toEqual({
      type: 'integer',
      ...property({ purpose: 'offset_count_start_field', from_header: 'X-Next-Offset' }),
    });
  });
});
