from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["Namespace"]


class Namespace(BaseModel):
    name: str

    created_at: str = FieldInfo(alias="createdAt")
