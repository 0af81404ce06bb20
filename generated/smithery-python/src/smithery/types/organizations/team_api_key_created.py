from __future__ import annotations

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["TeamApiKeyCreated"]


class TeamApiKeyCreated(BaseModel):
    id: str
    name: str
    key: str
    created_at: str = FieldInfo(alias="createdAt")
