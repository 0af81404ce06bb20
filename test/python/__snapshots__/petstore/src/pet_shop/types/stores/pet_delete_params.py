from __future__ import annotations

from typing_extensions import Annotated, Required, TypedDict

from ..._utils import PropertyInfo

__all__ = ["PetDeleteParams"]


class PetDeleteParams(TypedDict, total=False):
    store_id: Required[Annotated[str, PropertyInfo(alias="storeId")]]
    x_reason: Annotated[str, PropertyInfo(alias="X-Reason")]
