from __future__ import annotations

from typing_extensions import Annotated, TypedDict

from ..._utils import PropertyInfo

__all__ = ["LogListParams"]


class LogListParams(TypedDict, total=False):
    from_: Annotated[str, PropertyInfo(alias="from")]
    """Start of time range (ISO 8601)."""

    to: str
    """End of time range (ISO 8601)."""

    limit: int
    """Max invocations to return. Defaults to 20."""

    search: str
    """Text search across log messages."""
