from typing_extensions import Literal, TypeAlias

__all__ = ["DeploymentTarget"]

DeploymentTarget: TypeAlias = Literal["local", "remote"]
