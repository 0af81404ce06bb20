from typing import List

from pydantic import Field as FieldInfo

from .._models import BaseModel
from .server_summary import ServerSummary

__all__ = ["ServersListResponse", "Pagination"]


class Pagination(BaseModel):
    current_page: int = FieldInfo(alias="currentPage")
    """Current page number (1-indexed)."""

    page_size: int = FieldInfo(alias="pageSize")
    """Number of results per page."""

    total_pages: int = FieldInfo(alias="totalPages")
    """Total number of pages available."""

    total_count: int = FieldInfo(alias="totalCount")
    """Total number of matching servers."""


class ServersListResponse(BaseModel):
    servers: List[ServerSummary]

    pagination: Pagination
