from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["ServerCreateParams"]


class ServerCreateParams(TypedDict, total=False):
    name: Required[str]
