from .._models import BaseModel

__all__ = ["SkillError"]


class SkillError(BaseModel):
    error: str
