from __future__ import annotations

from ..._models import BaseModel

__all__ = ["InvocationResponse"]


class InvocationResponse(BaseModel):
    status: float
    outcome: str
