from typing import List, Optional

from .._models import BaseModel

__all__ = ["ServerPrompt", "Argument"]


class Argument(BaseModel):
    name: str

    description: Optional[str] = None

    required: Optional[bool] = None


class ServerPrompt(BaseModel):
    name: str

    description: Optional[str] = None

    arguments: Optional[List[Argument]] = None
