from __future__ import annotations

from ..._models import BaseModel

__all__ = ["OrganizationError"]


class OrganizationError(BaseModel):
    error: str
