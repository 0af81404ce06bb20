from __future__ import annotations

from .._models import BaseModel

__all__ = ["SkillsListError"]


class SkillsListError(BaseModel):
    error: str
