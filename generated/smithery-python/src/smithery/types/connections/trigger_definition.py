from typing import List, Optional

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from ..shared.loose_object import LooseObject

__all__ = ["TriggerDefinition"]


class TriggerDefinition(BaseModel):
    name: str
    """Trigger name exposed by the MCP server"""

    description: Optional[str] = None

    delivery: List[str]
    """Supported delivery modes"""

    input_schema: Optional[LooseObject] = FieldInfo(alias="inputSchema", default=None)
    """JSON Schema for the params required to create the trigger"""

    payload_schema: Optional[LooseObject] = FieldInfo(alias="payloadSchema", default=None)
    """JSON Schema for the event payload delivered by the trigger"""
