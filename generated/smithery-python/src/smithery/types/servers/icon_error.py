from ..._models import BaseModel

__all__ = ["IconError"]


class IconError(BaseModel):
    error: str
