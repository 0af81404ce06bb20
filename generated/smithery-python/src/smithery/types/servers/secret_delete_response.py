from ..._models import BaseModel

__all__ = ["SecretDeleteResponse"]


class SecretDeleteResponse(BaseModel):
    success: bool
