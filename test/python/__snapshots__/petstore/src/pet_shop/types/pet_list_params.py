from __future__ import annotations

from typing_extensions import TypedDict

from .._types import SequenceNotStr

__all__ = ["PetListParams"]


class PetListParams(TypedDict, total=False):
    limit: int

    tags: SequenceNotStr[str]
