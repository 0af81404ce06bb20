from typing import Optional

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["SkillsListQuery"]


class SkillsListQuery(BaseModel):
    q: Optional[str] = None
    """
    Search query for full-text and semantic search across skill names and
    descriptions.
    """

    category: Optional[str] = None
    """Filter by skill category (e.g. 'code', 'data', 'web')."""

    namespace: Optional[str] = None
    """Filter by the namespace that owns the skill."""

    slug: Optional[str] = None
    """Filter by exact skill slug within a namespace.

    Deprecated: use GET /skills/:namespace/:slug instead.
    """

    owner_id: Optional[str] = FieldInfo(alias="ownerId", default=None)
    """Filter by the skill owner's organization ID."""

    verified: Optional[bool] = None
    """Filter by whether the skill's namespace is verified."""

    page: Optional[int] = None
    """Page number (1-indexed)."""

    page_size: Optional[int] = FieldInfo(alias="pageSize", default=None)
    """Number of results per page (default 20, max 100)."""

    top_k: Optional[int] = FieldInfo(alias="topK", default=None)
    """
    Maximum number of candidate results to consider from the search index before
    pagination. The server applies a hard cap of 500 to keep the rerank window
    bounded; pass `seed` for stable deep pagination.
    """

    fields: Optional[str] = None
    """Comma-separated list of fields to include in response"""

    seed: Optional[int] = None
    """Random seed for deterministic pagination.

    When provided, results use a stable sort order that is consistent across pages
    for the same seed value.
    """
