from typing import List

from ..._models import BaseModel
from .namespace import Namespace

__all__ = ["NamespacesResponse"]


class NamespacesResponse(BaseModel):
    namespaces: List[Namespace]
