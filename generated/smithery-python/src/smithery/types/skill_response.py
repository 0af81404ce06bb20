from typing import List, Optional

from pydantic import Field as FieldInfo

from .._models import BaseModel

__all__ = ["SkillResponse"]


class SkillResponse(BaseModel):
    id: str

    namespace: str

    slug: str

    display_name: str = FieldInfo(alias="displayName")

    description: str

    prompt: str

    quality_score: float = FieldInfo(alias="qualityScore")

    external_stars: float = FieldInfo(alias="externalStars")

    external_forks: float = FieldInfo(alias="externalForks")

    total_activations: float = FieldInfo(alias="totalActivations")

    unique_users: float = FieldInfo(alias="uniqueUsers")

    categories: List[str]

    servers: List[str]

    git_url: Optional[str] = FieldInfo(alias="gitUrl", default=None)

    verified: bool
    """Whether this skill's namespace is verified."""

    listed: bool

    owner: Optional[str] = None
    """Organization ID of the skill owner (from namespace)"""

    created_at: str = FieldInfo(alias="createdAt")
