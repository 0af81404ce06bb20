from ..._models import BaseModel

__all__ = ["DeploymentError"]


class DeploymentError(BaseModel):
    error: str
