from ..._models import BaseModel

__all__ = ["CreateTeamAPIKeyBody"]


class CreateTeamAPIKeyBody(BaseModel):
    name: str
    """Name for the team API key"""
