from typing import List, Optional

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["DeployResponse"]


class DeployResponse(BaseModel):
    deployment_id: str = FieldInfo(alias="deploymentId")
    """Unique identifier for this release."""

    status: str
    """Initial status. Will be WORKING while the release is in progress."""

    mcp_url: str = FieldInfo(alias="mcpUrl")
    """The MCP endpoint URL for connecting to this server once published."""

    warnings: Optional[List[str]] = None
    """Non-fatal warnings encountered during submission."""
