from typing import Union
from typing_extensions import TypeAlias

from .tool import Tool
from .tool_list import ToolList

__all__ = ["ToolResponse"]

ToolResponse: TypeAlias = Union[Tool, ToolList]
