from __future__ import annotations

from typing_extensions import Required, TypedDict

__all__ = ["SkillSetParams"]


class SkillSetParams(TypedDict, total=False):
    namespace: Required[str]

    body: Required[object]
