from typing import Optional

from .._models import BaseModel

__all__ = ["CreateSkillError"]


class CreateSkillError(BaseModel):
    error: str

    code: Optional[str] = None
