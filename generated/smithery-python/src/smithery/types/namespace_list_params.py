from __future__ import annotations

from typing_extensions import Literal, Annotated, TypedDict

from .._utils import PropertyInfo

__all__ = ["NamespaceListParams"]


class NamespaceListParams(TypedDict, total=False):
    q: str
    """Text search query (prefix match on name)"""

    owner_id: Annotated[str, PropertyInfo(alias="ownerId")]
    """Filter by owner ID"""

    has_servers: Annotated[Literal["0", "1", "true", "false"], PropertyInfo(alias="hasServers")]
    """Filter namespaces with servers"""

    has_skills: Annotated[Literal["0", "1", "true", "false"], PropertyInfo(alias="hasSkills")]
    """Filter namespaces with skills"""

    page: int

    page_size: Annotated[int, PropertyInfo(alias="pageSize")]

    fields: str
    """Comma-separated list of fields to include in response"""
