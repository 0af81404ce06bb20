from __future__ import annotations

from typing import List

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .team_api_key import TeamApiKey

__all__ = ["APIKeyListResponse"]


class APIKeyListResponse(BaseModel):
    api_keys: List[TeamApiKey] = FieldInfo(alias="apiKeys")
