from typing import Dict, Optional
from typing_extensions import Literal

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .server_card import ServerCard

__all__ = ["StdioDeployPayload"]


class StdioDeployPayload(BaseModel):
    type: Literal["stdio"]

    runtime: Literal["node", "binary", "python", "bun"]

    config_schema: Optional[Dict[str, object]] = FieldInfo(alias="configSchema", default=None)

    server_card: Optional[ServerCard] = FieldInfo(alias="serverCard", default=None)
