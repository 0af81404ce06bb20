from typing import Optional

from .._models import BaseModel

__all__ = ["StatusResponse"]


class StatusResponse(BaseModel):
    ok: Optional[bool] = None
