from __future__ import annotations

from typing import List, Union, Optional
from typing_extensions import Literal

from ..._models import BaseModel
from ..credential_profile_http import CredentialProfileHttp

__all__ = ["InputRequiredError", "Error", "ErrorData", "ErrorDataMissing"]


class ErrorDataMissing(BaseModel):
    headers: List[str]
    query: List[str]


class ErrorData(BaseModel):
    http: CredentialProfileHttp
    missing: ErrorDataMissing


class Error(BaseModel):
    code: Literal[-32002]
    message: Literal["Input required"]
    data: ErrorData


class InputRequiredError(BaseModel):
    jsonrpc: Literal["2.0"]
    id: Optional[Union[str, float]] = None
    error: Error
