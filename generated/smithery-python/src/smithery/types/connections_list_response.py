from typing import List, Optional

from pydantic import Field as FieldInfo

from .._models import BaseModel
from .connection import Connection

__all__ = ["ConnectionsListResponse"]


class ConnectionsListResponse(BaseModel):
    connections: List[Connection]

    next_cursor: Optional[str] = FieldInfo(alias="nextCursor", default=None)
    """Cursor for next page, null if no more results"""
