from typing import Dict, List, Generic, TypeVar, Optional, cast
from typing_extensions import override

from pydantic import Field as FieldInfo

from ._base_client import BasePage, PageInfo, BaseSyncPage, BaseAsyncPage

__all__ = [
    "SyncReleasesPage",
    "AsyncReleasesPage",
    "SyncServersPage",
    "AsyncServersPage",
    "SyncSkillsPage",
    "AsyncSkillsPage",
    "SyncNamespacesPage",
    "AsyncNamespacesPage",
    "SyncConnectionsPage",
    "AsyncConnectionsPage",
]

_T = TypeVar("_T")


class SyncReleasesPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    releases: List[_T]
    pagination: Optional[object] = None

    @override
    def _get_page_items(self) -> List[_T]:
        releases = self.releases
        if not releases:
            return []
        return releases

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        current: object = self.pagination
        current = cast("Dict[str, object]", current).get("currentPage") if isinstance(current, dict) else None
        if current is None:
            current = self._options.params.get("page") or 1
        if not isinstance(current, int):
            return None
        total_pages: object = self.pagination
        for key in ("totalPages",):
            total_pages = cast("Dict[str, object]", total_pages).get(key) if isinstance(total_pages, dict) else None
        if isinstance(total_pages, int) and current >= total_pages:
            return None
        return PageInfo(params={"page": current + 1})


class AsyncReleasesPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    releases: List[_T]
    pagination: Optional[object] = None

    @override
    def _get_page_items(self) -> List[_T]:
        releases = self.releases
        if not releases:
            return []
        return releases

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        current: object = self.pagination
        current = cast("Dict[str, object]", current).get("currentPage") if isinstance(current, dict) else None
        if current is None:
            current = self._options.params.get("page") or 1
        if not isinstance(current, int):
            return None
        total_pages: object = self.pagination
        for key in ("totalPages",):
            total_pages = cast("Dict[str, object]", total_pages).get(key) if isinstance(total_pages, dict) else None
        if isinstance(total_pages, int) and current >= total_pages:
            return None
        return PageInfo(params={"page": current + 1})


class SyncServersPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    servers: List[_T]
    pagination: Optional[object] = None

    @override
    def _get_page_items(self) -> List[_T]:
        servers = self.servers
        if not servers:
            return []
        return servers

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        current: object = self.pagination
        current = cast("Dict[str, object]", current).get("currentPage") if isinstance(current, dict) else None
        if current is None:
            current = self._options.params.get("page") or 1
        if not isinstance(current, int):
            return None
        total_pages: object = self.pagination
        for key in ("totalPages",):
            total_pages = cast("Dict[str, object]", total_pages).get(key) if isinstance(total_pages, dict) else None
        if isinstance(total_pages, int) and current >= total_pages:
            return None
        return PageInfo(params={"page": current + 1})


class AsyncServersPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    servers: List[_T]
    pagination: Optional[object] = None

    @override
    def _get_page_items(self) -> List[_T]:
        servers = self.servers
        if not servers:
            return []
        return servers

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        current: object = self.pagination
        current = cast("Dict[str, object]", current).get("currentPage") if isinstance(current, dict) else None
        if current is None:
            current = self._options.params.get("page") or 1
        if not isinstance(current, int):
            return None
        total_pages: object = self.pagination
        for key in ("totalPages",):
            total_pages = cast("Dict[str, object]", total_pages).get(key) if isinstance(total_pages, dict) else None
        if isinstance(total_pages, int) and current >= total_pages:
            return None
        return PageInfo(params={"page": current + 1})


class SyncSkillsPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    skills: List[_T]
    pagination: Optional[object] = None

    @override
    def _get_page_items(self) -> List[_T]:
        skills = self.skills
        if not skills:
            return []
        return skills

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        current: object = self.pagination
        current = cast("Dict[str, object]", current).get("currentPage") if isinstance(current, dict) else None
        if current is None:
            current = self._options.params.get("page") or 1
        if not isinstance(current, int):
            return None
        total_pages: object = self.pagination
        for key in ("totalPages",):
            total_pages = cast("Dict[str, object]", total_pages).get(key) if isinstance(total_pages, dict) else None
        if isinstance(total_pages, int) and current >= total_pages:
            return None
        return PageInfo(params={"page": current + 1})


class AsyncSkillsPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    skills: List[_T]
    pagination: Optional[object] = None

    @override
    def _get_page_items(self) -> List[_T]:
        skills = self.skills
        if not skills:
            return []
        return skills

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        current: object = self.pagination
        current = cast("Dict[str, object]", current).get("currentPage") if isinstance(current, dict) else None
        if current is None:
            current = self._options.params.get("page") or 1
        if not isinstance(current, int):
            return None
        total_pages: object = self.pagination
        for key in ("totalPages",):
            total_pages = cast("Dict[str, object]", total_pages).get(key) if isinstance(total_pages, dict) else None
        if isinstance(total_pages, int) and current >= total_pages:
            return None
        return PageInfo(params={"page": current + 1})


class SyncNamespacesPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    namespaces: List[_T]
    pagination: Optional[object] = None

    @override
    def _get_page_items(self) -> List[_T]:
        namespaces = self.namespaces
        if not namespaces:
            return []
        return namespaces

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        current: object = self.pagination
        current = cast("Dict[str, object]", current).get("currentPage") if isinstance(current, dict) else None
        if current is None:
            current = self._options.params.get("page") or 1
        if not isinstance(current, int):
            return None
        total_pages: object = self.pagination
        for key in ("totalPages",):
            total_pages = cast("Dict[str, object]", total_pages).get(key) if isinstance(total_pages, dict) else None
        if isinstance(total_pages, int) and current >= total_pages:
            return None
        return PageInfo(params={"page": current + 1})


class AsyncNamespacesPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    namespaces: List[_T]
    pagination: Optional[object] = None

    @override
    def _get_page_items(self) -> List[_T]:
        namespaces = self.namespaces
        if not namespaces:
            return []
        return namespaces

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        current: object = self.pagination
        current = cast("Dict[str, object]", current).get("currentPage") if isinstance(current, dict) else None
        if current is None:
            current = self._options.params.get("page") or 1
        if not isinstance(current, int):
            return None
        total_pages: object = self.pagination
        for key in ("totalPages",):
            total_pages = cast("Dict[str, object]", total_pages).get(key) if isinstance(total_pages, dict) else None
        if isinstance(total_pages, int) and current >= total_pages:
            return None
        return PageInfo(params={"page": current + 1})


class SyncConnectionsPage(BaseSyncPage[_T], BasePage[_T], Generic[_T]):
    connections: List[_T]
    next_cursor: Optional[object] = FieldInfo(alias="nextCursor", default=None)

    @override
    def _get_page_items(self) -> List[_T]:
        connections = self.connections
        if not connections:
            return []
        return connections

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        cursor = self.next_cursor
        if not cursor:
            return None
        return PageInfo(params={"cursor": cursor})


class AsyncConnectionsPage(BaseAsyncPage[_T], BasePage[_T], Generic[_T]):
    connections: List[_T]
    next_cursor: Optional[object] = FieldInfo(alias="nextCursor", default=None)

    @override
    def _get_page_items(self) -> List[_T]:
        connections = self.connections
        if not connections:
            return []
        return connections

    @override
    def next_page_info(self) -> Optional[PageInfo]:
        cursor = self.next_cursor
        if not cursor:
            return None
        return PageInfo(params={"cursor": cursor})
