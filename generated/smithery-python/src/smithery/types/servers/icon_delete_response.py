from __future__ import annotations

from ..._models import BaseModel

__all__ = ["IconDeleteResponse"]


class IconDeleteResponse(BaseModel):
    success: bool
