from .._models import BaseModel

__all__ = ["SkillsListError"]


class SkillsListError(BaseModel):
    error: str
