from typing import List, Optional
from typing_extensions import Literal

from .._models import BaseModel
from .output_schema_properties import OutputSchemaProperties

__all__ = ["ToolOutputSchema"]


class ToolOutputSchema(BaseModel):
    type: Literal["object"]

    properties: Optional[OutputSchemaProperties] = None

    required: Optional[List[str]] = None
