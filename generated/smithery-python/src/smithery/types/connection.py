from typing import Dict, Optional
from typing_extensions import Literal

from pydantic import Field as FieldInfo

from .._models import BaseModel
from .mock_config import MockConfig
from .server_info import ServerInfo
from .connection_status import ConnectionStatus

__all__ = ["Connection"]


class Connection(BaseModel):
    connection_id: str = FieldInfo(alias="connectionId")
    """Connection ID (auto-generated or developer-defined)"""

    name: str
    """Human-readable name"""

    transport: Optional[Literal["http", "uplink"]] = None
    """Connection transport"""

    mcp_url: Optional[str] = FieldInfo(alias="mcpUrl", default=None)
    """MCP server URL. Null for uplink connections."""

    metadata: Optional[Dict[str, object]] = None

    mock: Optional[MockConfig] = None
    """
    Mock-mode config: `{enabled: true, scenario?}` when LLM-simulated, absent
    otherwise.
    """

    icon_url: Optional[str] = FieldInfo(alias="iconUrl", default=None)

    created_at: Optional[str] = FieldInfo(alias="createdAt", default=None)
    """ISO 8601 timestamp"""

    status: Optional[ConnectionStatus] = None
    """Last known connection status"""

    server_info: Optional[ServerInfo] = FieldInfo(alias="serverInfo", default=None)
    """Server information from MCP initialization (name, version)"""
