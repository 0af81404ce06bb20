from typing import List

from pydantic import Field as FieldInfo

from .._models import BaseModel
from .namespace_search_result import NamespaceSearchResult

__all__ = ["NamespacesSearchResponse", "Pagination"]


class Pagination(BaseModel):
    current_page: int = FieldInfo(alias="currentPage")

    page_size: int = FieldInfo(alias="pageSize")

    total_pages: int = FieldInfo(alias="totalPages")

    total_count: int = FieldInfo(alias="totalCount")


class NamespacesSearchResponse(BaseModel):
    namespaces: List[NamespaceSearchResult]

    pagination: Pagination
