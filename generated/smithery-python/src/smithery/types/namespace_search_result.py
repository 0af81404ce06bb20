from .._models import BaseModel

__all__ = ["NamespaceSearchResult"]


class NamespaceSearchResult(BaseModel):
    name: str
