from typing import Optional

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["CreateServerRequest"]


class CreateServerRequest(BaseModel):
    display_name: Optional[str] = FieldInfo(alias="displayName", default=None)

    description: Optional[str] = None
