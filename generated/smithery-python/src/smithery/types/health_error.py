from __future__ import annotations

from .._models import BaseModel

__all__ = ["HealthError"]


class HealthError(BaseModel):
    error: str
