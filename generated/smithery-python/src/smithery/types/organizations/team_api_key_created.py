from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["TeamAPIKeyCreated"]


class TeamAPIKeyCreated(BaseModel):
    id: str

    name: str

    key: str

    created_at: str = FieldInfo(alias="createdAt")
