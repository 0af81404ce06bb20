from __future__ import annotations

from typing import Union
from typing_extensions import TypeAlias

from .external_deploy_payload import ExternalDeployPayload
from .hosted_deploy_payload import HostedDeployPayload
from .stdio_deploy_payload import StdioDeployPayload

__all__ = ["DeployPayload"]

DeployPayload: TypeAlias = Union[HostedDeployPayload, ExternalDeployPayload, StdioDeployPayload]
