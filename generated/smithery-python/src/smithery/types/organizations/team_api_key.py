from __future__ import annotations

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["TeamApiKey"]


class TeamApiKey(BaseModel):
    id: str
    name: str
    created_at: str = FieldInfo(alias="createdAt")
