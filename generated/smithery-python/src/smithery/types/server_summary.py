from typing import Optional

from pydantic import Field as FieldInfo

from .._models import BaseModel

__all__ = ["ServerSummary"]


class ServerSummary(BaseModel):
    id: str

    qualified_name: str = FieldInfo(alias="qualifiedName")
    """Unique identifier in namespace/slug format."""

    namespace: Optional[str] = None
    """The namespace this server belongs to, or null if unassigned."""

    slug: Optional[str] = None
    """URL-friendly short name within the namespace."""

    display_name: str = FieldInfo(alias="displayName")

    description: str

    icon_url: Optional[str] = FieldInfo(alias="iconUrl", default=None)

    verified: bool
    """Whether this server has been verified by Smithery."""

    use_count: float = FieldInfo(alias="useCount")
    """Total number of times this server has been connected to."""

    remote: Optional[bool] = None
    """Whether the server is accessed via URL (true) or runs locally via stdio (false).

    Null if unknown.
    """

    is_deployed: bool = FieldInfo(alias="isDeployed")
    """Whether the server is currently hosted on Smithery infrastructure."""

    created_at: str = FieldInfo(alias="createdAt")
    """ISO 8601 timestamp of when the server was registered."""

    homepage: str
    """The server owner's homepage URL, or the server's Smithery page as a fallback.

    Will become nullable in a future release.
    """

    by_smithery: bool = FieldInfo(alias="bySmithery")
    """Whether this server is maintained by Smithery (i.e.

    owned by the Smithery organization).
    """

    owner: Optional[str] = None
    """User ID of the server owner, or null for community servers."""

    score: Optional[float] = None
    """RRF relevance score from search (null for browse requests)."""
