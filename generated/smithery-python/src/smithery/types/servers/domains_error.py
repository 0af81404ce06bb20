from ..._models import BaseModel

__all__ = ["DomainsError"]


class DomainsError(BaseModel):
    error: str
