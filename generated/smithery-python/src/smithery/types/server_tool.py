from typing import Optional

from pydantic import Field as FieldInfo

from .._models import BaseModel
from .tool_input_schema import ToolInputSchema
from .tool_output_schema import ToolOutputSchema

__all__ = ["ServerTool"]


class ServerTool(BaseModel):
    name: str

    description: Optional[str] = None

    input_schema: ToolInputSchema = FieldInfo(alias="inputSchema")

    output_schema: Optional[ToolOutputSchema] = FieldInfo(alias="outputSchema", default=None)
