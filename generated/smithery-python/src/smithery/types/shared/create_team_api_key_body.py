from __future__ import annotations

from ..._models import BaseModel

__all__ = ["CreateTeamApiKeyBody"]


class CreateTeamApiKeyBody(BaseModel):
    name: str
    """Name for the team API key"""
