from typing import Optional
from typing_extensions import Literal

from pydantic import Field as FieldInfo

from ..._models import BaseModel

__all__ = ["ProjectConfig", "Build"]


class Build(BaseModel):
    """Custom build configuration for cloud builds"""

    install_command: Optional[str] = FieldInfo(alias="installCommand", default=None)
    """Custom install command. Defaults to 'npm install'"""

    build_command: Optional[str] = FieldInfo(alias="buildCommand", default=None)
    """Custom build command. Defaults to 'npm run build'"""

    output_directory: Optional[str] = FieldInfo(alias="outputDirectory", default=None)
    """Directory containing the build output, relative to base directory.

    Defaults to '.smithery'
    """


class ProjectConfig(BaseModel):
    target: Optional[Literal["local", "remote"]] = None

    build: Optional[Build] = None
    """Custom build configuration for cloud builds"""
