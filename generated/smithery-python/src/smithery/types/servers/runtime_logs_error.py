from __future__ import annotations

from ..._models import BaseModel

__all__ = ["RuntimeLogsError"]


class RuntimeLogsError(BaseModel):
    error: str
