from __future__ import annotations

from typing_extensions import Required, Annotated, TypedDict

from ..._utils import PropertyInfo
from ..shared_params.loose_object import LooseObject

__all__ = ["ToolCallParams"]


class ToolCallParams(TypedDict, total=False):
    namespace: Required[str]

    connection_id: Required[Annotated[str, PropertyInfo(alias="connectionId")]]

    body: Required[LooseObject]
