from .._models import BaseModel

__all__ = ["UpdateServerResponse"]


class UpdateServerResponse(BaseModel):
    success: bool

    namespace: str

    server: str
