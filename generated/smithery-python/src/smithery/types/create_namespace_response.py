from pydantic import Field as FieldInfo

from .._models import BaseModel

__all__ = ["CreateNamespaceResponse"]


class CreateNamespaceResponse(BaseModel):
    name: str

    created_at: str = FieldInfo(alias="createdAt")
