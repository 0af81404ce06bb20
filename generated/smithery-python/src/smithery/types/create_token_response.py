from pydantic import Field as FieldInfo

from .._models import BaseModel

__all__ = ["CreateTokenResponse"]


class CreateTokenResponse(BaseModel):
    token: str
    """The signed service token."""

    expires_at: str = FieldInfo(alias="expiresAt")
    """ISO 8601 timestamp when the token expires."""
