from __future__ import annotations

from typing_extensions import Required, TypedDict

from .._types import FileTypes

__all__ = ["SkillUploadParams"]


class SkillUploadParams(TypedDict, total=False):
    namespace: Required[str]

    archive: Required[FileTypes]
    """
    ZIP file upload containing a skill folder with SKILL.md and any scripts,
    references, or assets.
    """
