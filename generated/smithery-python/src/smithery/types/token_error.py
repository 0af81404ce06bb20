from typing import Optional

from .._models import BaseModel

__all__ = ["TokenError"]


class TokenError(BaseModel):
    error: str

    message: Optional[str] = None
