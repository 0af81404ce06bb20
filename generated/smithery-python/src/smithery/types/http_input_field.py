from typing import Optional

from .._models import BaseModel

__all__ = ["HTTPInputField"]


class HTTPInputField(BaseModel):
    label: str

    description: Optional[str] = None

    required: Optional[bool] = None
