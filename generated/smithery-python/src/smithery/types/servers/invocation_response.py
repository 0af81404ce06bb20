from ..._models import BaseModel

__all__ = ["InvocationResponse"]


class InvocationResponse(BaseModel):
    status: float

    outcome: str
