from __future__ import annotations

from typing import List

from ..._models import BaseModel
from .tool import Tool

__all__ = ["ToolList"]


class ToolList(BaseModel):
    tools: List[Tool]
