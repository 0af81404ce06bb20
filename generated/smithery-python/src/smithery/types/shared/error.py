from ..._models import BaseModel

__all__ = ["Error"]


class Error(BaseModel):
    error: str

    message: str
