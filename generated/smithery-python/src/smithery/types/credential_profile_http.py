from typing import Dict, Optional

from .._models import BaseModel
from .http_input_field import HttpInputField

__all__ = ["CredentialProfileHttp"]


class CredentialProfileHttp(BaseModel):
    headers: Optional[Dict[str, HttpInputField]] = None

    query: Optional[Dict[str, HttpInputField]] = None
