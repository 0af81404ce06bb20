from ..._models import BaseModel

__all__ = ["ExceptionEntry"]


class ExceptionEntry(BaseModel):
    timestamp: str

    name: str

    message: str
