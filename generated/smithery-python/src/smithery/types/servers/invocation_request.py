from ..._models import BaseModel

__all__ = ["InvocationRequest"]


class InvocationRequest(BaseModel):
    method: str

    url: str
