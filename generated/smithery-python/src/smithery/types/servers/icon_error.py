from __future__ import annotations

from ..._models import BaseModel

__all__ = ["IconError"]


class IconError(BaseModel):
    error: str
