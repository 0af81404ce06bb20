from __future__ import annotations

from typing import Union, Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["JsonRpcResponse"]


class JsonRpcResponse(BaseModel):
    jsonrpc: Literal["2.0"]
    id: Optional[Union[str, float]] = None
    result: Optional[object] = None
