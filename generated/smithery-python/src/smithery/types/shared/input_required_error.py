from typing import List, Union
from typing_extensions import Literal

from ..._models import BaseModel
from ..credential_profile_http import CredentialProfileHTTP

__all__ = ["InputRequiredError", "Error", "ErrorData", "ErrorDataMissing"]


class ErrorDataMissing(BaseModel):
    headers: List[str]

    query: List[str]


class ErrorData(BaseModel):
    http: CredentialProfileHTTP

    missing: ErrorDataMissing


class Error(BaseModel):
    code: Literal[-32002]

    message: Literal["Input required"]

    data: ErrorData


class InputRequiredError(BaseModel):
    jsonrpc: Literal["2.0"]

    id: Union[str, float, None] = None

    error: Error
