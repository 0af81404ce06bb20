from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["SecretSetParams"]


class SecretSetParams(TypedDict, total=False):
    name: Required[str]

    value: Required[str]
