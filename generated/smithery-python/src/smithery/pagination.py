from typing import List, Generic, TypeVar, Optional
from typing_extensions import override

from pydantic import Field as FieldInfo

from ._models import BaseModel
from ._base_client import BasePage, PageInfo, BaseSyncPage, BaseAsyncPage

__all__ = [
    "ReleasesPagePagination",
    "SyncReleasesPage",
    "AsyncReleasesPage",
    "ServersPagePagination",
    "SyncServersPage",
    "AsyncServersPage",
    "SkillsPagePagination",
    "SyncSkillsPage",
    "AsyncSkillsPage",
    "NamespacesPagePagination",
    "SyncNamespacesPage",
    "AsyncNamespacesPage",
    "SyncConnectionsPage",
    "AsyncConnectionsPage",
]

_T = TypeVar("_T")


class ReleasesPagePagination(BaseModel):
    current_page: int = FieldInfo(alias="currentPage")

    page_size: int = FieldInfo(alias="pageSize")

    total_pages: int = FieldInfo(alias="totalPages")

    total_count: int = FieldInfo(alias="totalCount")


class SyncReleasesPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    releases: List[_T]
    pagination: Optional[ReleasesPagePagination] = None

    @override
    def _get_page_items(self) -> List[_T]:
        releases = self.releases
        if not releases:
            return []
        return releases

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        current: object = None
        if self.pagination is not None:
            if self.pagination.current_page is not None:  # pyright: ignore[reportUnnecessaryComparison]
                current = self.pagination.current_page
        if current is None:
            current = self._options.params.get("page") or 1
        if not isinstance(current, int):
            return None
        total_pages = None
        if self.pagination is not None:
            if self.pagination.total_pages is not None:  # pyright: ignore[reportUnnecessaryComparison]
                total_pages = self.pagination.total_pages
        if isinstance(total_pages, int) and current >= total_pages:
            return None
        return PageInfo(params={"page": current + 1})


class AsyncReleasesPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    releases: List[_T]
    pagination: Optional[ReleasesPagePagination] = None

    @override
    def _get_page_items(self) -> List[_T]:
        releases = self.releases
        if not releases:
            return []
        return releases

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        current: object = None
        if self.pagination is not None:
            if self.pagination.current_page is not None:  # pyright: ignore[reportUnnecessaryComparison]
                current = self.pagination.current_page
        if current is None:
            current = self._options.params.get("page") or 1
        if not isinstance(current, int):
            return None
        total_pages = None
        if self.pagination is not None:
            if self.pagination.total_pages is not None:  # pyright: ignore[reportUnnecessaryComparison]
                total_pages = self.pagination.total_pages
        if isinstance(total_pages, int) and current >= total_pages:
            return None
        return PageInfo(params={"page": current + 1})


class ServersPagePagination(BaseModel):
    current_page: int = FieldInfo(alias="currentPage")
    """Current page number (1-indexed)."""

    page_size: int = FieldInfo(alias="pageSize")
    """Number of results per page."""

    total_pages: int = FieldInfo(alias="totalPages")
    """Total number of pages available."""

    total_count: int = FieldInfo(alias="totalCount")
    """Total number of matching servers."""


class SyncServersPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    servers: List[_T]
    pagination: Optional[ServersPagePagination] = None

    @override
    def _get_page_items(self) -> List[_T]:
        servers = self.servers
        if not servers:
            return []
        return servers

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        current: object = None
        if self.pagination is not None:
            if self.pagination.current_page is not None:  # pyright: ignore[reportUnnecessaryComparison]
                current = self.pagination.current_page
        if current is None:
            current = self._options.params.get("page") or 1
        if not isinstance(current, int):
            return None
        total_pages = None
        if self.pagination is not None:
            if self.pagination.total_pages is not None:  # pyright: ignore[reportUnnecessaryComparison]
                total_pages = self.pagination.total_pages
        if isinstance(total_pages, int) and current >= total_pages:
            return None
        return PageInfo(params={"page": current + 1})


class AsyncServersPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    servers: List[_T]
    pagination: Optional[ServersPagePagination] = None

    @override
    def _get_page_items(self) -> List[_T]:
        servers = self.servers
        if not servers:
            return []
        return servers

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        current: object = None
        if self.pagination is not None:
            if self.pagination.current_page is not None:  # pyright: ignore[reportUnnecessaryComparison]
                current = self.pagination.current_page
        if current is None:
            current = self._options.params.get("page") or 1
        if not isinstance(current, int):
            return None
        total_pages = None
        if self.pagination is not None:
            if self.pagination.total_pages is not None:  # pyright: ignore[reportUnnecessaryComparison]
                total_pages = self.pagination.total_pages
        if isinstance(total_pages, int) and current >= total_pages:
            return None
        return PageInfo(params={"page": current + 1})


class SkillsPagePagination(BaseModel):
    current_page: int = FieldInfo(alias="currentPage")
    """Current page number (1-indexed)."""

    page_size: int = FieldInfo(alias="pageSize")
    """Number of results per page."""

    total_pages: int = FieldInfo(alias="totalPages")
    """Total number of pages available."""

    total_count: int = FieldInfo(alias="totalCount")
    """Total number of matching skills."""


class SyncSkillsPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    skills: List[_T]
    pagination: Optional[SkillsPagePagination] = None

    @override
    def _get_page_items(self) -> List[_T]:
        skills = self.skills
        if not skills:
            return []
        return skills

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        current: object = None
        if self.pagination is not None:
            if self.pagination.current_page is not None:  # pyright: ignore[reportUnnecessaryComparison]
                current = self.pagination.current_page
        if current is None:
            current = self._options.params.get("page") or 1
        if not isinstance(current, int):
            return None
        total_pages = None
        if self.pagination is not None:
            if self.pagination.total_pages is not None:  # pyright: ignore[reportUnnecessaryComparison]
                total_pages = self.pagination.total_pages
        if isinstance(total_pages, int) and current >= total_pages:
            return None
        return PageInfo(params={"page": current + 1})


class AsyncSkillsPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    skills: List[_T]
    pagination: Optional[SkillsPagePagination] = None

    @override
    def _get_page_items(self) -> List[_T]:
        skills = self.skills
        if not skills:
            return []
        return skills

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        current: object = None
        if self.pagination is not None:
            if self.pagination.current_page is not None:  # pyright: ignore[reportUnnecessaryComparison]
                current = self.pagination.current_page
        if current is None:
            current = self._options.params.get("page") or 1
        if not isinstance(current, int):
            return None
        total_pages = None
        if self.pagination is not None:
            if self.pagination.total_pages is not None:  # pyright: ignore[reportUnnecessaryComparison]
                total_pages = self.pagination.total_pages
        if isinstance(total_pages, int) and current >= total_pages:
            return None
        return PageInfo(params={"page": current + 1})


class NamespacesPagePagination(BaseModel):
    current_page: int = FieldInfo(alias="currentPage")

    page_size: int = FieldInfo(alias="pageSize")

    total_pages: int = FieldInfo(alias="totalPages")

    total_count: int = FieldInfo(alias="totalCount")


class SyncNamespacesPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    namespaces: List[_T]
    pagination: Optional[NamespacesPagePagination] = None

    @override
    def _get_page_items(self) -> List[_T]:
        namespaces = self.namespaces
        if not namespaces:
            return []
        return namespaces

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        current: object = None
        if self.pagination is not None:
            if self.pagination.current_page is not None:  # pyright: ignore[reportUnnecessaryComparison]
                current = self.pagination.current_page
        if current is None:
            current = self._options.params.get("page") or 1
        if not isinstance(current, int):
            return None
        total_pages = None
        if self.pagination is not None:
            if self.pagination.total_pages is not None:  # pyright: ignore[reportUnnecessaryComparison]
                total_pages = self.pagination.total_pages
        if isinstance(total_pages, int) and current >= total_pages:
            return None
        return PageInfo(params={"page": current + 1})


class AsyncNamespacesPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    namespaces: List[_T]
    pagination: Optional[NamespacesPagePagination] = None

    @override
    def _get_page_items(self) -> List[_T]:
        namespaces = self.namespaces
        if not namespaces:
            return []
        return namespaces

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        current: object = None
        if self.pagination is not None:
            if self.pagination.current_page is not None:  # pyright: ignore[reportUnnecessaryComparison]
                current = self.pagination.current_page
        if current is None:
            current = self._options.params.get("page") or 1
        if not isinstance(current, int):
            return None
        total_pages = None
        if self.pagination is not None:
            if self.pagination.total_pages is not None:  # pyright: ignore[reportUnnecessaryComparison]
                total_pages = self.pagination.total_pages
        if isinstance(total_pages, int) and current >= total_pages:
            return None
        return PageInfo(params={"page": current + 1})


class SyncConnectionsPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    connections: List[_T]
    next_cursor: Optional[str] = FieldInfo(alias="nextCursor", default=None)

    @override
    def _get_page_items(self) -> List[_T]:
        connections = self.connections
        if not connections:
            return []
        return connections

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        next_cursor = self.next_cursor
        if not next_cursor:
            return None

        return PageInfo(params={"cursor": next_cursor})


class AsyncConnectionsPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    connections: List[_T]
    next_cursor: Optional[str] = FieldInfo(alias="nextCursor", default=None)

    @override
    def _get_page_items(self) -> List[_T]:
        connections = self.connections
        if not connections:
            return []
        return connections

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        next_cursor = self.next_cursor
        if not next_cursor:
            return None

        return PageInfo(params={"cursor": next_cursor})
