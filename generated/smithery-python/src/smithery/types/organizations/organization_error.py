from ..._models import BaseModel

__all__ = ["OrganizationError"]


class OrganizationError(BaseModel):
    error: str
