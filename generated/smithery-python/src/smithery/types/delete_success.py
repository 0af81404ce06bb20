from .._models import BaseModel

__all__ = ["DeleteSuccess"]


class DeleteSuccess(BaseModel):
    success: bool

    namespace: str

    server: str
