from __future__ import annotations

from typing_extensions import Annotated, TypedDict

from .._utils import PropertyInfo

__all__ = ["ServerCreateParams"]


class ServerCreateParams(TypedDict, total=False):
    display_name: Annotated[str, PropertyInfo(alias="displayName")]

    description: str
