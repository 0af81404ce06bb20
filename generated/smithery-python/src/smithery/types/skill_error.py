from __future__ import annotations

from .._models import BaseModel

__all__ = ["SkillError"]


class SkillError(BaseModel):
    error: str
