from typing import List

from .tool import Tool
from ..._models import BaseModel

__all__ = ["ToolList"]


class ToolList(BaseModel):
    tools: List[Tool]
