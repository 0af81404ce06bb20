from __future__ import annotations

from typing_extensions import Annotated, TypedDict

from .._utils import PropertyInfo

__all__ = ["ConnectionListParams"]


class ConnectionListParams(TypedDict, total=False):
    limit: int
    """Maximum number of items to return (default 100, max 100)"""

    cursor: str
    """Pagination cursor from previous response's nextCursor"""

    name: str
    """Filter by exact connection name"""

    mcp_url: Annotated[str, PropertyInfo(alias="mcpUrl")]
    """Filter by exact MCP server URL"""
