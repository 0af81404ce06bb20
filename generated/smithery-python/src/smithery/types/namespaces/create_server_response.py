from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["CreateServerResponse"]


class CreateServerResponse(BaseModel):
    namespace: str

    server: str

    display_name: str = FieldInfo(alias="displayName")

    description: str

    created_at: str = FieldInfo(alias="createdAt")
