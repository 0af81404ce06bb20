from __future__ import annotations

from typing import Union, Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["JsonRpcRequest"]


class JsonRpcRequest(BaseModel):
    jsonrpc: Literal["2.0"]
    id: Optional[Union[str, float]] = None
    method: str
    """MCP method to call"""

    params: Optional[object] = None
    """Method parameters"""
