from __future__ import annotations

from typing import Iterable
from typing_extensions import Annotated, TypedDict

from .._utils import PropertyInfo
from .constraint_param import ConstraintParam

__all__ = ["TokenCreateParams"]


class TokenCreateParams(TypedDict, total=False):
    policy: Iterable[ConstraintParam]
    """Constraint objects to restrict the token.

    Each constraint may include a `ttl` field (max 24 hours). Default TTL is 1 hour.
    Maximum is 24 hours.
    """

    organization_id: Annotated[str, PropertyInfo(alias="organizationId")]
    """Optional organization ID to scope the token to.

    When provided, the token is minted with org context. The authenticated user must
    be an admin or owner of the organization.
    """
