from typing import Dict, Optional
from typing_extensions import Literal

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["ExternalDeployPayload"]


class ExternalDeployPayload(BaseModel):
    type: Literal["external"]

    upstream_url: str = FieldInfo(alias="upstreamUrl")

    config_schema: Optional[Dict[str, object]] = FieldInfo(alias="configSchema", default=None)

    scan_credentials: Optional[Dict[str, str]] = FieldInfo(alias="scanCredentials", default=None)
