from .._models import BaseModel

__all__ = ["ServersListError"]


class ServersListError(BaseModel):
    error: str
