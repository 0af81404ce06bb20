from typing import List, Optional

from pydantic import Field as FieldInfo

from .._models import BaseModel

__all__ = ["SkillSummary"]


class SkillSummary(BaseModel):
    id: str

    namespace: str
    """Namespace that owns this skill."""

    slug: str
    """URL-friendly short name within the namespace."""

    display_name: str = FieldInfo(alias="displayName")

    description: str

    prompt: Optional[str] = None
    """The prompt template for this skill, or null if not publicly visible."""

    quality_score: float = FieldInfo(alias="qualityScore")
    """Computed quality score from 0 to 1."""

    external_stars: Optional[float] = FieldInfo(alias="externalStars", default=None)
    """GitHub star count of the source repository, if applicable."""

    external_forks: Optional[float] = FieldInfo(alias="externalForks", default=None)
    """GitHub fork count of the source repository, if applicable."""

    total_activations: Optional[float] = FieldInfo(alias="totalActivations", default=None)
    """Total number of times this skill has been activated."""

    unique_users: Optional[float] = FieldInfo(alias="uniqueUsers", default=None)
    """Number of distinct users who have activated this skill."""

    categories: Optional[List[str]] = None
    """List of categories this skill belongs to."""

    servers: Optional[List[str]] = None
    """Qualified names of MCP servers this skill depends on."""

    git_url: Optional[str] = FieldInfo(alias="gitUrl", default=None)
    """URL to the skill's source repository."""

    verified: bool
    """Whether this skill's namespace is verified."""

    listed: bool
    """Whether this skill is publicly listed in the registry."""

    created_at: str = FieldInfo(alias="createdAt")
    """ISO 8601 timestamp of when the skill was created."""
