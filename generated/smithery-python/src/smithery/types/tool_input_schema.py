from typing import Optional
from typing_extensions import Literal

from .._models import BaseModel
from .input_schema_properties import InputSchemaProperties

__all__ = ["ToolInputSchema"]


class ToolInputSchema(BaseModel):
    type: Literal["object"]

    properties: Optional[InputSchemaProperties] = None
