from typing import Optional

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["LogsQuery"]


class LogsQuery(BaseModel):
    from_: Optional[str] = FieldInfo(alias="from", default=None)
    """Start of time range (ISO 8601)."""

    to: Optional[str] = None
    """End of time range (ISO 8601)."""

    limit: Optional[int] = None
    """Max invocations to return. Defaults to 20."""

    search: Optional[str] = None
    """Text search across log messages."""
