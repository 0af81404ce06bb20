from pydantic import Field as FieldInfo

from .._models import BaseModel

__all__ = ["CreateSkillResponse"]


class CreateSkillResponse(BaseModel):
    id: str

    namespace: str

    slug: str

    display_name: str = FieldInfo(alias="displayName")

    description: str

    git_url: str = FieldInfo(alias="gitUrl")

    listed: bool

    created_at: str = FieldInfo(alias="createdAt")
