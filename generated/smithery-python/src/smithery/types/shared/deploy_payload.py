from typing import Union
from typing_extensions import TypeAlias

from .stdio_deploy_payload import StdioDeployPayload
from .hosted_deploy_payload import HostedDeployPayload
from .external_deploy_payload import ExternalDeployPayload

__all__ = ["DeployPayload"]

DeployPayload: TypeAlias = Union[HostedDeployPayload, ExternalDeployPayload, StdioDeployPayload]
