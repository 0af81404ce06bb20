from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["TeamAPIKey"]


class TeamAPIKey(BaseModel):
    id: str

    name: str

    created_at: str = FieldInfo(alias="createdAt")
