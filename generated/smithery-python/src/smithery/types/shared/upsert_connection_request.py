from typing import Dict, Optional
from typing_extensions import Literal

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from ..mock_config import MockConfig

__all__ = ["UpsertConnectionRequest"]


class UpsertConnectionRequest(BaseModel):
    transport: Optional[Literal["http", "uplink"]] = None
    """Connection transport.

    Defaults to the existing connection transport when updating.
    """

    mcp_url: Optional[str] = FieldInfo(alias="mcpUrl", default=None)
    """URL of the MCP server.

    Required when creating a new connection. Optional when updating — omit to keep
    the existing URL.
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

    Only honored on first creation; ignored on updates to an existing connection.
    """
