from typing import Optional

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["ConnectionsListQuery"]


class ConnectionsListQuery(BaseModel):
    limit: Optional[int] = None
    """Maximum number of items to return (default 100, max 100)"""

    cursor: Optional[str] = None
    """Pagination cursor from previous response's nextCursor"""

    name: Optional[str] = None
    """Filter by exact connection name"""

    mcp_url: Optional[str] = FieldInfo(alias="mcpUrl", default=None)
    """Filter by exact MCP server URL"""
