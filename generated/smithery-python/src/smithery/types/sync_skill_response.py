from pydantic import Field as FieldInfo

from .._models import BaseModel

__all__ = ["SyncSkillResponse"]


class SyncSkillResponse(BaseModel):
    id: str

    namespace: str

    slug: str

    display_name: str = FieldInfo(alias="displayName")

    description: str

    external_stars: float = FieldInfo(alias="externalStars")

    git_url: str = FieldInfo(alias="gitUrl")

    updated_at: str = FieldInfo(alias="updatedAt")
