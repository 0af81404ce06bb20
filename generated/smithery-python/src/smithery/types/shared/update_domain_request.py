from ..._models import BaseModel

__all__ = ["UpdateDomainRequest"]


class UpdateDomainRequest(BaseModel):
    subdomain: str
