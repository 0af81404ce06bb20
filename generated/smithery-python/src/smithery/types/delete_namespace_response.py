from .._models import BaseModel

__all__ = ["DeleteNamespaceResponse"]


class DeleteNamespaceResponse(BaseModel):
    success: bool

    name: str
