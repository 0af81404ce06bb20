from typing import TYPE_CHECKING, Dict, Optional
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

    if TYPE_CHECKING:
        # Declared for type checkers only: assigning this field at runtime fails on
        # Pydantic releases before 2.8.0.
        __pydantic_extra__: Dict[str, object] = FieldInfo(init=False)  # pyright: ignore[reportIncompatibleVariableOverride]

        # Keys beyond the declared fields are read as attributes (this stub types them for checkers).
        # A key that is not a Python name is read with `getattr`, e.g. `getattr(obj, "$type")`.
        def __getattr__(self, attr: str) -> object: ...
    else:
        __pydantic_extra__: Dict[str, object]
