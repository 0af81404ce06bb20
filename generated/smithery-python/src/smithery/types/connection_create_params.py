from __future__ import annotations

from typing import Dict
from typing_extensions import Literal, Annotated, TypedDict

from .._utils import PropertyInfo
from .mock_config_param import MockConfigParam

__all__ = ["ConnectionCreateParams"]


class ConnectionCreateParams(TypedDict, total=False):
    transport: Literal["http", "uplink"]
    """Connection transport. Use `uplink` for a local server paired over Smithery CLI."""

    mcp_url: Annotated[str, PropertyInfo(alias="mcpUrl")]
    """URL of the MCP server.

    Required for HTTP connections. Omit for uplink connections.
    """

    name: str
    """Human-readable name (optional, defaults to connection ID)"""

    metadata: Dict[str, object]
    """Custom metadata for filtering connections"""

    headers: Dict[str, str]
    """
    Custom headers to send with MCP requests (stored securely, not returned in
    responses)
    """

    mock: MockConfigParam
    """Run this connection in mock mode.

    Tool calls are LLM-simulated against the registry's scanned schemas and never
    reach the upstream server. Provide an optional `scenario` to seed the simulator
    with a starting-state description. Registry servers only; frozen at creation
    (cannot be toggled via PUT).
    """
