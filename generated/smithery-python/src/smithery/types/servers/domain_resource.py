from typing_extensions import Literal

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["DomainResource"]


class DomainResource(BaseModel):
    id: Literal["managed"]

    type: Literal["managed"]

    hostname: str

    subdomain: str

    created_at: str = FieldInfo(alias="createdAt")

    updated_at: str = FieldInfo(alias="updatedAt")
