from ..._models import BaseModel

__all__ = ["RuntimeLogEntry"]


class RuntimeLogEntry(BaseModel):
    timestamp: str

    level: str

    message: str
