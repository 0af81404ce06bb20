from typing import List, Optional

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["ServersListQuery"]


class ServersListQuery(BaseModel):
    q: Optional[str] = None
    """
    Search query for full-text and semantic search across server names and
    descriptions.
    """

    page: Optional[int] = None
    """Page number (1-indexed)."""

    page_size: Optional[int] = FieldInfo(alias="pageSize", default=None)
    """Number of results per page (default 10, max 100)."""

    top_k: Optional[int] = FieldInfo(alias="topK", default=None)
    """
    Maximum number of candidate results to consider from the search index before
    pagination. The server applies a hard cap of 500 to keep the rerank window
    bounded; pass `seed` for stable deep pagination.
    """

    fields: Optional[str] = None
    """Comma-separated list of fields to include in response"""

    ids: Optional[List[str]] = None
    """Filter by specific server IDs."""

    qualified_name: Optional[str] = FieldInfo(alias="qualifiedName", default=None)
    """Exact match on the server's qualified name (e.g.

    "smithery/hello-world"). Deprecated: use GET /servers/:namespace/:server
    instead.
    """

    namespace: Optional[str] = None
    """Filter by the namespace that owns the server."""

    remote: Optional[object] = None
    """Filter by remote status.

    Remote servers are accessed via URL; non-remote servers run locally via stdio.
    """

    is_deployed: Optional[object] = FieldInfo(alias="isDeployed", default=None)
    """Filter by deployment status.

    Deployed servers are hosted on Smithery infrastructure.
    """

    verified: Optional[object] = None
    """Filter to only verified servers."""

    smithery_managed: Optional[object] = FieldInfo(alias="smitheryManaged", default=None)
    """Filter to servers whose namespace is owned by the Smithery org."""

    owner_id: Optional[str] = FieldInfo(alias="ownerId", default=None)
    """Filter by the server owner's user ID."""

    repo_owner: Optional[str] = FieldInfo(alias="repoOwner", default=None)
    """Filter by GitHub repository owner from repository_url."""

    repo_name: Optional[str] = FieldInfo(alias="repoName", default=None)
    """Filter by GitHub repository name from repository_url."""

    seed: Optional[int] = None
    """Random seed for deterministic pagination.

    When provided, results use a stable sort order that is consistent across pages
    for the same seed value.
    """
