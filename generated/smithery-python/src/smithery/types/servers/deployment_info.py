from typing import List, Optional

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .deployment_log_entry import DeploymentLogEntry

__all__ = ["DeploymentInfo"]


class DeploymentInfo(BaseModel):
    id: str

    status: str
    """
    Current status: QUEUED, WORKING, SUCCESS, FAILURE, FAILURE_SCAN, AUTH_REQUIRED,
    AUTH_TIMEOUT, CANCELLED, or INTERNAL_ERROR.
    """

    type: str
    """
    Release type: hosted_shttp (Smithery-hosted), external_shttp (external URL), or
    stdio (local binary).
    """

    commit: Optional[str] = None
    """Git commit SHA that triggered this release."""

    commit_message: Optional[str] = FieldInfo(alias="commitMessage", default=None)
    """Git commit message associated with this release."""

    branch: Optional[str] = None
    """Git branch this release was built from."""

    upstream_url: Optional[str] = FieldInfo(alias="upstreamUrl", default=None)
    """Upstream MCP server URL. Present only for external releases."""

    logs: Optional[List[DeploymentLogEntry]] = None
    """Pipeline log entries. Only included when fetching a single release."""

    mcp_url: Optional[str] = FieldInfo(alias="mcpUrl", default=None)
    """The MCP endpoint URL for connecting to this server."""

    created_at: str = FieldInfo(alias="createdAt")
    """ISO 8601 timestamp of when the release was created."""

    updated_at: str = FieldInfo(alias="updatedAt")
    """ISO 8601 timestamp of the last status change."""
