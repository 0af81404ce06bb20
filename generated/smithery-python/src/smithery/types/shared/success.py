from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["Success"]


class Success(BaseModel):
    success: Literal[True]
