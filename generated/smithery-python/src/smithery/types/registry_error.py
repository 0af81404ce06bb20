from .._models import BaseModel

__all__ = ["RegistryError"]


class RegistryError(BaseModel):
    error: str
