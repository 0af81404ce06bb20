from typing import List, Union, Optional
from typing_extensions import Literal, TypeAlias

from pydantic import Field as FieldInfo

from .._models import BaseModel
from .credential_profile_http import CredentialProfileHTTP

__all__ = [
    "ConnectionStatus",
    "ConnectionStatusConnected",
    "ConnectionStatusDisconnected",
    "ConnectionStatusAuthRequired",
    "ConnectionStatusInputRequired",
    "ConnectionStatusInputRequiredMissing",
    "ConnectionStatusError",
]


class ConnectionStatusConnected(BaseModel):
    state: Literal["connected"]


class ConnectionStatusDisconnected(BaseModel):
    state: Literal["disconnected"]


class ConnectionStatusAuthRequired(BaseModel):
    state: Literal["auth_required"]

    setup_url: Optional[str] = FieldInfo(alias="setupUrl", default=None)
    """Hosted Smithery URL for completing setup and OAuth"""

    authorization_url: Optional[str] = FieldInfo(alias="authorizationUrl", default=None)
    """Deprecated compatibility alias for setupUrl"""


class ConnectionStatusInputRequiredMissing(BaseModel):
    headers: List[str]

    query: List[str]


class ConnectionStatusInputRequired(BaseModel):
    state: Literal["input_required"]

    setup_url: Optional[str] = FieldInfo(alias="setupUrl", default=None)
    """Hosted Smithery URL for completing setup in the browser"""

    http: CredentialProfileHTTP

    missing: ConnectionStatusInputRequiredMissing


class ConnectionStatusError(BaseModel):
    state: Literal["error"]

    message: str
    """Error message"""


ConnectionStatus: TypeAlias = Union[
    ConnectionStatusConnected,
    ConnectionStatusDisconnected,
    ConnectionStatusAuthRequired,
    ConnectionStatusInputRequired,
    ConnectionStatusError,
]
