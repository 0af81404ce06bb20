from ..._models import BaseModel

__all__ = ["IconDeleteResponse"]


class IconDeleteResponse(BaseModel):
    success: bool
