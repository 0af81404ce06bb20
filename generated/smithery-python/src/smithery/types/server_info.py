from typing import List, Optional
from typing_extensions import Literal

from pydantic import Field as FieldInfo

from .._models import BaseModel

__all__ = ["ServerInfo", "Icon"]


class Icon(BaseModel):
    src: str

    mime_type: Optional[str] = FieldInfo(alias="mimeType", default=None)

    sizes: Optional[List[str]] = None

    theme: Optional[Literal["light", "dark"]] = None


class ServerInfo(BaseModel):
    name: str

    title: Optional[str] = None

    icons: Optional[List[Icon]] = None

    version: str

    website_url: Optional[str] = FieldInfo(alias="websiteUrl", default=None)

    description: Optional[str] = None
