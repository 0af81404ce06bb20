from __future__ import annotations

from typing_extensions import Annotated, TypedDict

from .._utils import PropertyInfo

__all__ = ["SkillListParams"]


class SkillListParams(TypedDict, total=False):
    q: str
    """
    Search query for full-text and semantic search across skill names and
    descriptions.
    """

    category: str
    """Filter by skill category (e.g. 'code', 'data', 'web')."""

    namespace: str
    """Filter by the namespace that owns the skill."""

    slug: str
    """Filter by exact skill slug within a namespace.

    Deprecated: use GET /skills/:namespace/:slug instead.
    """

    owner_id: Annotated[str, PropertyInfo(alias="ownerId")]
    """Filter by the skill owner's organization ID."""

    verified: bool
    """Filter by whether the skill's namespace is verified."""

    page: int
    """Page number (1-indexed)."""

    page_size: Annotated[int, PropertyInfo(alias="pageSize")]
    """Number of results per page (default 20, max 100)."""

    top_k: Annotated[int, PropertyInfo(alias="topK")]
    """
    Maximum number of candidate results to consider from the search index before
    pagination. The server applies a hard cap of 500 to keep the rerank window
    bounded; pass `seed` for stable deep pagination.
    """

    fields: str
    """Comma-separated list of fields to include in response"""

    seed: int
    """Random seed for deterministic pagination.

    When provided, results use a stable sort order that is consistent across pages
    for the same seed value.
    """
