from typing_extensions import Literal

from pydantic import Field as FieldInfo

from .._models import BaseModel
from .config_schema import ConfigSchema

__all__ = ["StdioConnection"]


class StdioConnection(BaseModel):
    type: Literal["stdio"]

    bundle_url: str = FieldInfo(alias="bundleUrl")

    runtime: Literal["node", "binary", "python", "bun"]

    config_schema: ConfigSchema = FieldInfo(alias="configSchema")
