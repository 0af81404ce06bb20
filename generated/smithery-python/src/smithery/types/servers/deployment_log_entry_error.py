from typing import Optional

from ..._models import BaseModel

__all__ = ["DeploymentLogEntryError"]


class DeploymentLogEntryError(BaseModel):
    message: Optional[str] = None
