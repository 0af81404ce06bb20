from ..._models import BaseModel

__all__ = ["SecretSetResponse"]


class SecretSetResponse(BaseModel):
    success: bool
