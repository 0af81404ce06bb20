from typing import Dict, Optional
from typing_extensions import Literal

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from ..mock_config import MockConfig

__all__ = ["CreateConnectionRequest"]


class CreateConnectionRequest(BaseModel):
    transport: Optional[Literal["http", "uplink"]] = None
    """Connection transport. Use `uplink` for a local server paired over Smithery CLI."""

    mcp_url: Optional[str] = FieldInfo(alias="mcpUrl", default=None)
    """URL of the MCP server.

    Required for HTTP connections. Omit for uplink connections.
    """

    name: Optional[str] = None
    """Human-readable name (optional, defaults to connection ID)"""

    metadata: Optional[Dict[str, object]] = None
    """Custom metadata for filtering connections"""

    headers: Optional[Dict[str, str]] = None
    """
    Custom headers to send with MCP requests (stored securely, not returned in
    responses)
    """

    mock: Optional[MockConfig] = None
    """Run this connection in mock mode.

    Tool calls are LLM-simulated against the registry's scanned schemas and never
    reach the upstream server. Provide an optional `scenario` to seed the simulator
    with a starting-state description. Registry servers only; frozen at creation
    (cannot be toggled via PUT).
    """
