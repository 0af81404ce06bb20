from typing import Optional

from pydantic import Field as FieldInfo

from .._models import BaseModel

__all__ = ["PutSkillResponse"]


class PutSkillResponse(BaseModel):
    id: str

    namespace: str

    slug: str

    display_name: str = FieldInfo(alias="displayName")

    description: str

    git_url: Optional[str] = FieldInfo(alias="gitUrl", default=None)

    external_stars: float = FieldInfo(alias="externalStars")

    listed: bool

    created_at: str = FieldInfo(alias="createdAt")

    updated_at: str = FieldInfo(alias="updatedAt")
