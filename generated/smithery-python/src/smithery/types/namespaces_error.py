from .._models import BaseModel

__all__ = ["NamespacesError"]


class NamespacesError(BaseModel):
    error: str
