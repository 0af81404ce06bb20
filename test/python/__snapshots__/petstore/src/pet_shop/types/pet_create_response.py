from typing import Optional
from datetime import datetime
from typing_extensions import Literal

from pydantic import Field as FieldInfo

from .._models import BaseModel

__all__ = ["PetCreateResponse", "Owner"]


class Owner(BaseModel):
    full_name: Optional[str] = FieldInfo(alias="fullName", default=None)


class PetCreateResponse(BaseModel):
    """A pet. Hostile text: \"\"\" \\ {x} end" """

    id: str

    name: str

    kind: Literal["cat", "dog"]

    birth_date: Optional[datetime] = FieldInfo(alias="birthDate", default=None)

    owner: Optional[Owner] = None

    from_: Optional[str] = FieldInfo(alias="from", default=None)
