from __future__ import annotations

from ..._models import BaseModel

__all__ = ["RevokeTeamApiKeyResponse"]


class RevokeTeamApiKeyResponse(BaseModel):
    success: bool
