from typing import Union, Optional
from typing_extensions import Literal

from ..._models import BaseModel

__all__ = ["JsonRpcError", "Error"]


class Error(BaseModel):
    code: float

    message: str

    data: Optional[object] = None


class JsonRpcError(BaseModel):
    jsonrpc: Literal["2.0"]

    id: Union[str, float, None] = None

    error: Error
