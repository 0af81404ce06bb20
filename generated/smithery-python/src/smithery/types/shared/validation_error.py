from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["ValidationError"]


class ValidationError(BaseModel):
    error: Literal["validation_error"]

    message: str
