from pydantic import Field as FieldInfo

from .._models import BaseModel

__all__ = ["DeleteSkillResponse"]


class DeleteSkillResponse(BaseModel):
    success: bool

    qualified_name: str = FieldInfo(alias="qualifiedName")
