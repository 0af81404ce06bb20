from __future__ import annotations

from typing_extensions import Required, Annotated, TypedDict

from .._utils import PropertyInfo

__all__ = ["PetCreateParams", "OwnerInfo"]


class PetCreateParams(TypedDict, total=False):
    name: Required[str]

    owner_info: Annotated[OwnerInfo, PropertyInfo(alias="ownerInfo")]


class OwnerInfo(TypedDict, total=False):
    full_name: Annotated[str, PropertyInfo(alias="fullName")]
