from typing import Optional

from pydantic import Field as FieldInfo

from .._models import BaseModel

__all__ = ["ServerResource"]


class ServerResource(BaseModel):
    name: str

    uri: str

    description: Optional[str] = None

    mime_type: Optional[str] = FieldInfo(alias="mimeType", default=None)
