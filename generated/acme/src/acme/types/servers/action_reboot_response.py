from typing import Optional

from ..._models import BaseModel

__all__ = ["ActionRebootResponse"]


class ActionRebootResponse(BaseModel):
    id: Optional[int] = None
