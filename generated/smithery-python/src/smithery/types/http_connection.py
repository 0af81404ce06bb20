from typing_extensions import Literal

from pydantic import Field as FieldInfo

from .._models import BaseModel
from .config_schema import ConfigSchema

__all__ = ["HTTPConnection"]


class HTTPConnection(BaseModel):
    type: Literal["http"]

    deployment_url: str = FieldInfo(alias="deploymentUrl")

    config_schema: ConfigSchema = FieldInfo(alias="configSchema")
