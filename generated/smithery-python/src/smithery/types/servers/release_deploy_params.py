from __future__ import annotations

from typing_extensions import Required, TypedDict

from ..._types import FileTypes

__all__ = ["ReleaseDeployParams"]


class ReleaseDeployParams(TypedDict, total=False):
    payload: Required[str]
    """JSON-encoded release payload. See DeployPayload schema for structure."""

    module: FileTypes
    """JavaScript module file (for hosted releases)"""

    sourcemap: FileTypes
    """Source map file (for hosted releases)"""

    bundle: FileTypes
    """MCPB bundle file (for stdio releases)"""
