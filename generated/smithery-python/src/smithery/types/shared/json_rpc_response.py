from typing import Union, Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["JsonRpcResponse"]


class JsonRpcResponse(BaseModel):
    jsonrpc: Literal["2.0"]

    id: Union[str, float, None] = None

    result: Optional[object] = None
