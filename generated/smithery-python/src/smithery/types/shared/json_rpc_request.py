from typing import Union, Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["JsonRpcRequest"]


class JsonRpcRequest(BaseModel):
    jsonrpc: Literal["2.0"]

    id: Union[str, float, None] = None

    method: str
    """MCP method to call"""

    params: Optional[object] = None
    """Method parameters"""
