from typing import List

from ..._models import BaseModel
from .domain_resource import DomainResource

__all__ = ["DomainListResponse"]


class DomainListResponse(BaseModel):
    domains: List[DomainResource]
