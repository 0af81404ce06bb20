from typing import Union
from typing_extensions import Literal

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["AuthRequiredError", "Error", "ErrorData"]


class ErrorData(BaseModel):
    authorization_url: str = FieldInfo(alias="authorizationUrl")


class Error(BaseModel):
    code: Literal[-32001]

    message: Literal["Authorization required"]

    data: ErrorData


class AuthRequiredError(BaseModel):
    jsonrpc: Literal["2.0"]

    id: Union[str, float, None] = None

    error: Error
