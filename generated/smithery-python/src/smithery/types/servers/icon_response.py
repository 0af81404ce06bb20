from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["IconResponse"]


class IconResponse(BaseModel):
    icon_url: str = FieldInfo(alias="iconUrl")
