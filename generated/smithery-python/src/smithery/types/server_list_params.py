from __future__ import annotations

from typing_extensions import Literal, Annotated, TypedDict

from .._types import SequenceNotStr
from .._utils import PropertyInfo

__all__ = ["ServerListParams"]


class ServerListParams(TypedDict, total=False):
    q: str
    """
    Search query for full-text and semantic search across server names and
    descriptions.
    """

    page: int
    """Page number (1-indexed)."""

    page_size: Annotated[int, PropertyInfo(alias="pageSize")]
    """Number of results per page (default 10, max 100)."""

    top_k: Annotated[int, PropertyInfo(alias="topK")]
    """
    Maximum number of candidate results to consider from the search index before
    pagination. The server applies a hard cap of 500 to keep the rerank window
    bounded; pass `seed` for stable deep pagination.
    """

    fields: str
    """Comma-separated list of fields to include in response"""

    ids: SequenceNotStr[str]
    """Filter by specific server IDs."""

    qualified_name: Annotated[str, PropertyInfo(alias="qualifiedName")]
    """Exact match on the server's qualified name (e.g.

    "smithery/hello-world"). Deprecated: use GET /servers/:namespace/:server
    instead.
    """

    namespace: str
    """Filter by the namespace that owns the server."""

    remote: Literal["0", "1", "true", "false"]
    """Filter by remote status.

    Remote servers are accessed via URL; non-remote servers run locally via stdio.
    """

    is_deployed: Annotated[Literal["0", "1", "true", "false"], PropertyInfo(alias="isDeployed")]
    """Filter by deployment status.

    Deployed servers are hosted on Smithery infrastructure.
    """

    verified: Literal["0", "1", "true", "false"]
    """Filter to only verified servers."""

    smithery_managed: Annotated[Literal["0", "1", "true", "false"], PropertyInfo(alias="smitheryManaged")]
    """Filter to servers whose namespace is owned by the Smithery org."""

    owner_id: Annotated[str, PropertyInfo(alias="ownerId")]
    """Filter by the server owner's user ID."""

    repo_owner: Annotated[str, PropertyInfo(alias="repoOwner")]
    """Filter by GitHub repository owner from repository_url."""

    repo_name: Annotated[str, PropertyInfo(alias="repoName")]
    """Filter by GitHub repository name from repository_url."""

    seed: int
    """Random seed for deterministic pagination.

    When provided, results use a stable sort order that is consistent across pages
    for the same seed value.
    """
