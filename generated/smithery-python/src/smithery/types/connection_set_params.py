from __future__ import annotations

from typing import Dict
from typing_extensions import Literal, Required, Annotated, TypedDict

from .._utils import PropertyInfo
from .mock_config_param import MockConfigParam

__all__ = ["ConnectionSetParams"]


class ConnectionSetParams(TypedDict, total=False):
    namespace: Required[str]

    transport: Literal["http", "uplink"]
    """Connection transport.

    Defaults to the existing connection transport when updating.
    """

    mcp_url: Annotated[str, PropertyInfo(alias="mcpUrl")]
    """URL of the MCP server.

    Required when creating a new connection. Optional when updating — omit to keep
    the existing URL.
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

    Only honored on first creation; ignored on updates to an existing connection.
    """
