from ..._models import BaseModel

__all__ = ["CreateServerError"]


class CreateServerError(BaseModel):
    error: str
