from typing import List

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .team_api_key import TeamAPIKey

__all__ = ["APIKeyListResponse"]


class APIKeyListResponse(BaseModel):
    api_keys: List[TeamAPIKey] = FieldInfo(alias="apiKeys")
