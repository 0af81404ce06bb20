from __future__ import annotations

from typing_extensions import TypedDict

__all__ = ["LogListParams"]

_LogListParamsReservedKeywords = TypedDict("_LogListParamsReservedKeywords", {"from": str}, total=False)


class LogListParams(_LogListParamsReservedKeywords, total=False):
    to: str
    """End of time range (ISO 8601)."""

    limit: int
    """Max invocations to return. Defaults to 20."""

    search: str
    """Text search across log messages."""
