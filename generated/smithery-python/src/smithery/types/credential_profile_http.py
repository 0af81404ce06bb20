from typing import Dict, Optional

from .._models import BaseModel
from .http_input_field import HTTPInputField

__all__ = ["CredentialProfileHTTP"]


class CredentialProfileHTTP(BaseModel):
    headers: Optional[Dict[str, HTTPInputField]] = None

    query: Optional[Dict[str, HTTPInputField]] = None
