from pydantic import Field as FieldInfo

from ...._models import BaseModel

__all__ = ["ToolOutputSchemaResponse"]


class ToolOutputSchemaResponse(BaseModel):
    qualified_name: str = FieldInfo(alias="qualifiedName")

    tool_name: str = FieldInfo(alias="toolName")

    sample_count: float = FieldInfo(alias="sampleCount")

    zod_schema: str = FieldInfo(alias="zodSchema")
