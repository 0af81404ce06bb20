from ..._models import BaseModel

__all__ = ["RuntimeLogsError"]


class RuntimeLogsError(BaseModel):
    error: str
