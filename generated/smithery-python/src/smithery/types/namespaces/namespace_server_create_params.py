from __future__ import annotations

from typing_extensions import Required, Annotated, TypedDict

from ..._utils import PropertyInfo

__all__ = ["NamespaceServerCreateParams"]


class NamespaceServerCreateParams(TypedDict, total=False):
    namespace: Required[str]

    display_name: Annotated[str, PropertyInfo(alias="displayName")]

    description: str
