from typing import Dict, List, Optional
from typing_extensions import Literal

from pydantic import Field as FieldInfo

from ..._models import BaseModel
from .server_card import ServerCard

__all__ = ["HostedDeployPayload", "Source"]


class Source(BaseModel):
    commit: Optional[str] = None

    branch: Optional[str] = None


class HostedDeployPayload(BaseModel):
    type: Literal["hosted"]

    stateful: bool

    has_auth_adapter: bool = FieldInfo(alias="hasAuthAdapter")

    config_schema: Optional[Dict[str, object]] = FieldInfo(alias="configSchema", default=None)

    server_card: Optional[ServerCard] = FieldInfo(alias="serverCard", default=None)

    secret_names: Optional[List[str]] = FieldInfo(alias="secretNames", default=None)

    source: Optional[Source] = None
