from typing import List, Optional

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from ..constraint import Constraint

__all__ = ["CreateTokenRequest"]


class CreateTokenRequest(BaseModel):
    policy: Optional[List[Constraint]] = None
    """Constraint objects to restrict the token.

    Each constraint may include a `ttl` field (max 24 hours). Default TTL is 1 hour.
    Maximum is 24 hours.
    """

    organization_id: Optional[str] = FieldInfo(alias="organizationId", default=None)
    """Optional organization ID to scope the token to.

    When provided, the token is minted with org context. The authenticated user must
    be an admin or owner of the organization.
    """
