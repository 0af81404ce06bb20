from __future__ import annotations

from ..._models import BaseModel

__all__ = ["SecretSetResponse"]


class SecretSetResponse(BaseModel):
    success: bool
