from __future__ import annotations

from typing import Optional
from typing_extensions import Annotated, TypedDict

from .._utils import PropertyInfo

__all__ = ["ServerUpdateParams"]


class ServerUpdateParams(TypedDict, total=False):
    display_name: Annotated[str, PropertyInfo(alias="displayName")]

    description: str

    homepage: Optional[str]

    repository_url: Annotated[Optional[str], PropertyInfo(alias="repositoryUrl")]

    backlink_url: Annotated[Optional[str], PropertyInfo(alias="backlinkUrl")]

    license: Optional[str]

    icon_url: Annotated[Optional[str], PropertyInfo(alias="iconUrl")]

    unlisted: bool
