from ..._models import BaseModel

__all__ = ["RevokeTeamAPIKeyResponse"]


class RevokeTeamAPIKeyResponse(BaseModel):
    success: bool
