from ...._models import BaseModel

__all__ = ["ToolOutputSchemaError"]


class ToolOutputSchemaError(BaseModel):
    error: str
