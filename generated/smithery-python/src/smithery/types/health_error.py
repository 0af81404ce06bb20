from .._models import BaseModel

__all__ = ["HealthError"]


class HealthError(BaseModel):
    error: str
