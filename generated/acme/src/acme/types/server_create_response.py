from typing import Optional

from .._models import BaseModel

__all__ = ["ServerCreateResponse"]


class ServerCreateResponse(BaseModel):
    id: Optional[int] = None
